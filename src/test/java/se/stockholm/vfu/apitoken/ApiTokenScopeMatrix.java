package se.stockholm.vfu.apitoken;

import java.util.ArrayList;
import java.util.List;

/**
 * The scope matrix of API tokens, shared by the service test ({@link ApiTokenScopeMatrixIT}) and the API test
 * ({@link ApiTokenScopeMatrixApiIT}): the tokens belong to a Södermalm district contact (the owner); each caller is a
 * user of its own role, and a second Södermalm contact stands for "the same district, another person". {@code 200}
 * allowed (for a list: the record is in it), {@code 403} refused for the role, {@code 404} not found for the caller
 * (for a list: not in it). A token is its user's alone, whatever district or role: only the administrator sees and
 * revokes anyone else's.
 */
public final class ApiTokenScopeMatrix {

    /** The callers, in the order of the expectations below; each a fresh user of the test run. */
    public enum Who {
        CENTRAL("CENTRAL", null, null), SAME_DISTRICT("DISTRICT", "SO", null), OTHER_DISTRICT("DISTRICT", "RK", null),
        UNIVERSITY("UNIVERSITY", null, "SU"), ADMIN("ADMIN", null, null);

        public final String role;
        public final String district;
        public final String university;

        Who(String role, String district, String university) {
            this.role = role;
            this.district = district;
            this.university = university;
        }
    }

    /** One operation and what each caller gets. */
    public record Op(String operation, int... expected) {

        public int expectedFor(Who who) {
            return expected[who.ordinal()];
        }
    }

    public static final String LIST_OWN = "list own";
    public static final String LIST_EVERYONES = "list everyone's";
    public static final String CREATE = "create";
    public static final String REVOKE_OWN = "revoke own";
    public static final String REVOKE_OTHERS = "revoke someone else's";

    public static final List<Op> OPS = List.of(
            new Op(LIST_OWN, 200, 200, 200, 200, 200),
            new Op(LIST_EVERYONES, 403, 403, 403, 403, 200),
            new Op(CREATE, 200, 200, 200, 200, 200),
            new Op(REVOKE_OWN, 200, 200, 200, 200, 200),
            new Op(REVOKE_OTHERS, 404, 404, 404, 404, 200));

    /** Every caller with every operation on one channel. */
    public record Case(String channel, Who who, Op op) {

        public int expected() {
            return op.expectedFor(who);
        }

        @Override
        public String toString() {
            return channel + ": " + who + " " + op.operation() + " -> " + expected();
        }
    }

    private ApiTokenScopeMatrix() {
    }

    public static List<Case> cases(String... channels) {
        List<Case> cases = new ArrayList<>();
        for (String channel : channels) {
            for (Op op : OPS) {
                for (Who who : Who.values()) {
                    cases.add(new Case(channel, who, op));
                }
            }
        }
        return cases;
    }
}
