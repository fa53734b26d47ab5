package se.stockholm.vfu.support;

import se.stockholm.vfu.it.Fixtures;

import java.util.ArrayList;
import java.util.List;

/**
 * The scope matrix of support during the placement and observation visits, shared by the service and the API test:
 * for a Södermalm placement of an SU student (its meeting and concern) and a Södermalm visit with an SU booking, what
 * each caller gets for each record and operation. {@code 200} allowed (for a list: the record is in it), {@code 403}
 * refused for the role, {@code 404} not found for the caller (for a list: not in it).
 */
public final class SupportScopeMatrix {

    /** The callers, in the order of the expectations below. */
    public enum Who {
        CENTRAL(Fixtures.CENTRAL), OWN_DISTRICT(Fixtures.SODERMALM), OTHER_DISTRICT(Fixtures.RINKEBY),
        OWN_UNIVERSITY(Fixtures.SU), OTHER_UNIVERSITY(Fixtures.SH);

        public final String username;

        Who(String username) {
            this.username = username;
        }
    }

    /** One operation on one record, and what each caller gets; changes are the ones a refusal must leave undone. */
    public record Op(String record, String operation, boolean change, int... expected) {

        public int expectedFor(Who who) {
            return expected[who.ordinal()];
        }
    }

    public static final List<Op> OPS = List.of(
            new Op("meeting", "read", false, 200, 200, 404, 200, 404),
            new Op("meeting", "change", true, 200, 200, 404, 200, 404),
            new Op("concern", "read", false, 200, 200, 404, 200, 404),
            new Op("concern", "list", false, 200, 200, 404, 200, 404),
            new Op("concern", "raise", true, 403, 200, 404, 200, 404),
            new Op("concern", "handle", true, 200, 200, 404, 200, 404),
            new Op("visit", "read", false, 200, 200, 404, 200, 200),
            new Op("visit", "list", false, 200, 200, 404, 200, 200),
            new Op("visit", "book", true, 403, 403, 403, 200, 200),
            new Op("booking", "read", false, 200, 200, 404, 200, 404),
            new Op("booking", "list", false, 200, 200, 404, 200, 404),
            new Op("booking", "cancel", true, 200, 403, 403, 200, 404));

    /** Every caller with every operation. */
    public record Case(Who who, Op op) {

        public int expected() {
            return op.expectedFor(who);
        }

        @Override
        public String toString() {
            return who + " " + op.operation() + " " + op.record() + " -> " + expected();
        }
    }

    private SupportScopeMatrix() {
    }

    public static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (Op op : OPS) {
            for (Who who : Who.values()) {
                cases.add(new Case(who, op));
            }
        }
        return cases;
    }
}
