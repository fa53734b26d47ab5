package se.stockholm.vfu.apitoken;

import se.stockholm.vfu.scope.ScopeMatrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The API-token runners' view of the scope matrix ({@link ScopeMatrix}, where the rules are stated), shared by the
 * service test ({@link ApiTokenScopeMatrixIT}) and the API test ({@link ApiTokenScopeMatrixApiIT}): the tokens belong
 * to a Södermalm district contact (the owner); each caller is a user of its own role, and a second Södermalm contact
 * stands for "the same district, another person". {@code 200} allowed (for a list: the record is in it), {@code 403}
 * refused for the role, {@code 404} not found for the caller (for a list: not in it).
 */
public final class ApiTokenScopeMatrix {

    /** The callers, each a fresh user of the test run, and who they are in the matrix. */
    public enum Who {
        CENTRAL("CENTRAL", null, null, ScopeMatrix.CENTRAL_USER),
        SAME_DISTRICT("DISTRICT", "SO", null, ScopeMatrix.OWNER_DISTRICT),
        OTHER_DISTRICT("DISTRICT", "RK", null, ScopeMatrix.OTHER_DISTRICT_USER),
        UNIVERSITY("UNIVERSITY", null, "SU", ScopeMatrix.UNIVERSITY_USER),
        ADMIN("ADMIN", null, null, ScopeMatrix.ADMIN_USER);

        public final String role;
        public final String district;
        public final String university;
        public final String caller;

        Who(String role, String district, String university, String caller) {
            this.role = role;
            this.district = district;
            this.university = university;
            this.caller = caller;
        }
    }

    /** One operation the runners know how to try. */
    public record Op(String operation) {
    }

    public static final String LIST_OWN = ScopeMatrix.LIST_OWN;
    public static final String LIST_EVERYONES = ScopeMatrix.LIST_EVERYONES;
    public static final String CREATE = ScopeMatrix.CREATE;
    public static final String REVOKE_OWN = ScopeMatrix.REVOKE_OWN;
    public static final String REVOKE_OTHERS = ScopeMatrix.REVOKE_OTHERS;

    public static final List<Op> OPS = List.of(new Op(LIST_OWN), new Op(LIST_EVERYONES), new Op(CREATE),
            new Op(REVOKE_OWN), new Op(REVOKE_OTHERS));

    /** The runners' channels and the matrix's. */
    private static final Map<String, String> CHANNELS = Map.of("service", ScopeMatrix.SERVICE,
            "basic", ScopeMatrix.REST_BASIC, "bearer", ScopeMatrix.REST_BEARER);

    /** Every caller with every operation on one channel, and the matrix's rule for it. */
    public record Case(String channel, Who who, Op op, ScopeMatrix.Rule rule) {

        public int expected() {
            return rule.expect().status;
        }

        @Override
        public String toString() {
            return rule.label();
        }
    }

    private ApiTokenScopeMatrix() {
    }

    /** The cases of one runner: fails when the matrix states a rule the runner cannot try, or the runner one it does not. */
    public static List<Case> cases(String runner, String... channels) {
        ScopeMatrix.Tally rules = ScopeMatrix.tally(runner);
        List<Case> cases = new ArrayList<>();
        for (String channel : channels) {
            String matrixChannel = CHANNELS.get(channel);
            for (Op op : OPS) {
                for (Who who : Who.values()) {
                    ScopeMatrix.Expect expect = rules.expect(who.caller, "API token", op.operation(), matrixChannel);
                    cases.add(new Case(channel, who, op, new ScopeMatrix.Rule(runner, who.caller, "API token",
                            op.operation(), matrixChannel, expect)));
                }
            }
        }
        rules.assertEveryRuleTried();
        return cases;
    }
}
