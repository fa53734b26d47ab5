package se.stockholm.vfu.support;

import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.scope.ScopeMatrix;

import java.util.ArrayList;
import java.util.List;

/**
 * The support runners' view of the scope matrix ({@link ScopeMatrix}, where the rules are stated), shared by the
 * service and the API test: for a Södermalm placement of an SU student (its meeting and concern) and a Södermalm visit
 * with an SU booking, the callers and the operations the runners know how to try. {@code 200} allowed (for a list:
 * the record is in it), {@code 403} refused for the role, {@code 404} not found for the caller (for a list: not in it).
 */
public final class SupportScopeMatrix {

    /** The callers: central, the record's own district and university, and another of each. */
    public enum Who {
        CENTRAL(Fixtures.CENTRAL), OWN_DISTRICT(Fixtures.SODERMALM), OTHER_DISTRICT(Fixtures.RINKEBY),
        OWN_UNIVERSITY(Fixtures.SU), OTHER_UNIVERSITY(Fixtures.SH);

        public final String username;

        Who(String username) {
            this.username = username;
        }
    }

    /** One operation on one record; changes are the ones a refusal must leave undone. */
    public record Op(String record, String operation, boolean change) {
    }

    public static final List<Op> OPS = List.of(
            new Op("meeting", "read", false),
            new Op("meeting", "change", true),
            new Op("concern", "read", false),
            new Op("concern", "list", false),
            new Op("concern", "raise", true),
            new Op("concern", "handle", true),
            new Op("visit", "read", false),
            new Op("visit", "list", false),
            new Op("visit", "book", true),
            new Op("booking", "read", false),
            new Op("booking", "list", false),
            new Op("booking", "cancel", true));

    /** Every caller with every operation, and the matrix's rule for it. */
    public record Case(Who who, Op op, ScopeMatrix.Rule rule) {

        public int expected() {
            return rule.expect() == ScopeMatrix.Expect.NOT_LISTED ? 404 : rule.expect().status;
        }

        @Override
        public String toString() {
            return rule.label();
        }
    }

    private SupportScopeMatrix() {
    }

    /** The cases of one runner: fails when the matrix states a rule the runner cannot try, or the runner one it does not. */
    public static List<Case> cases(String runner) {
        String channel = runner.equals(ScopeMatrix.SUPPORT) ? ScopeMatrix.SERVICE : ScopeMatrix.REST;
        ScopeMatrix.Tally rules = ScopeMatrix.tally(runner);
        List<Case> cases = new ArrayList<>();
        for (Op op : OPS) {
            for (Who who : Who.values()) {
                ScopeMatrix.Expect expect = rules.expect(who.username, op.record(), op.operation(), channel);
                cases.add(new Case(who, op, new ScopeMatrix.Rule(runner, who.username, op.record(), op.operation(),
                        channel, expect)));
            }
        }
        rules.assertEveryRuleTried();
        return cases;
    }
}
