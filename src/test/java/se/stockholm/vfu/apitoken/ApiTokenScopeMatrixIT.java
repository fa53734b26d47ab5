package se.stockholm.vfu.apitoken;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.it.ApiTokenFixtures;
import se.stockholm.vfu.it.Causes;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.scope.ScopeMatrix;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The API-token scope matrix through {@link ApiTokenService} as each caller (role × operation): each case on a fresh
 * token of the owner's and of the caller's; a refusal is the stated one (403 for the role, 404 for another user's
 * token) and leaves the owner's token active; an allowed revocation revokes exactly the token, in the caller's name.
 */
@ExtendWith(ArquillianExtension.class)
class ApiTokenScopeMatrixIT {

    @Inject
    ApiTokenService tokens;

    @Inject
    ApiTokenFixtures fixtures;

    @Inject
    RunAs runAs;

    /**
     * Generated cases run in the server, so one test that collects every case's failure (dynamic tests would run on
     * the client, where nothing is injected): one run lists every hole.
     */
    @Test
    void everyCallerGetsExactlyItsScopeOfTheTokensThroughTheService() {
        String owner = fixtures.user("DISTRICT", "SO", null);
        Map<ApiTokenScopeMatrix.Who, String> callers = new EnumMap<>(ApiTokenScopeMatrix.Who.class);
        for (ApiTokenScopeMatrix.Who who : ApiTokenScopeMatrix.Who.values()) {
            callers.put(who, fixtures.user(who.role, who.district, who.university));
        }
        List<ApiTokenScopeMatrix.Case> cases = ApiTokenScopeMatrix.cases(ScopeMatrix.API_TOKEN, "service");
        List<String> failures = new ArrayList<>();
        for (ApiTokenScopeMatrix.Case c : cases) {
            try {
                check(c, owner, callers.get(c.who()));
            } catch (AssertionError | Exception failed) {
                failures.add(c + ": " + failed.getMessage());
            }
        }
        assertThat(failures).as("every one of " + cases.size() + " cases").isEmpty();
    }

    private void check(ApiTokenScopeMatrix.Case c, String owner, String caller) throws Exception {
        long others = runAs.userCommitting(owner, () -> tokens.create("IT Ägarens", null)).id();
        long own = runAs.userCommitting(caller, () -> tokens.create("IT Egen", null)).id();
        try {
            attempt(c, owner, caller, others, own);
        } finally {
            // a user may hold only ten active tokens: each case leaves none of its own behind
            runAs.userCommitting(owner, () -> tokens.revoke(others));
            runAs.userCommitting(caller, () -> {
                tokens.own().stream().filter(ApiTokenRow::active).forEach(row -> tokens.revoke(row.id()));
            });
        }
    }

    private void attempt(ApiTokenScopeMatrix.Case c, String owner, String caller, long others, long own)
            throws Exception {
        Object[] result = new Object[1];
        Throwable thrown = catchThrowable(() -> result[0] = runAs.userCommitting(caller, () -> switch (c.op().operation()) {
            case ApiTokenScopeMatrix.LIST_OWN -> tokens.own();
            case ApiTokenScopeMatrix.LIST_EVERYONES -> tokens.allActive(new PageRequest(0, PageRequest.MAX_SIZE, null,
                    true, Map.of("text", owner)));
            case ApiTokenScopeMatrix.CREATE -> tokens.create("IT Ny", null);
            case ApiTokenScopeMatrix.REVOKE_OWN -> {
                tokens.revoke(own);
                yield null;
            }
            case ApiTokenScopeMatrix.REVOKE_OTHERS -> {
                tokens.revoke(others);
                yield null;
            }
            default -> throw new IllegalArgumentException(c.op().operation());
        }));
        int status = thrown == null ? 200 : Causes.refusalStatus(thrown);
        switch (c.op().operation()) {
            case ApiTokenScopeMatrix.LIST_OWN -> {
                List<Long> ids = ((List<?>) result[0]).stream().map(r -> ((ApiTokenRow) r).id()).toList();
                assertThat(ids).as(c + ": the owner's token").doesNotContain(others);
                assertThat(ids.contains(own) ? 200 : 404).as(c + ": its own listed").isEqualTo(c.expected());
            }
            case ApiTokenScopeMatrix.LIST_EVERYONES -> {
                int listed = status != 200 ? status : ((Page<?>) result[0]).rows().stream()
                        .anyMatch(r -> ((ApiTokenRow) r).id() == others) ? 200 : 404;
                assertThat(listed).as(c + " (" + thrown + ")").isEqualTo(c.expected());
            }
            case ApiTokenScopeMatrix.CREATE -> {
                assertThat(status).as(c + " (" + thrown + ")").isEqualTo(c.expected());
                long made = ((NewApiToken) result[0]).id();
                assertThat(runAs.user(caller, () -> tokens.own()).stream().map(ApiTokenRow::id)).contains(made);
            }
            case ApiTokenScopeMatrix.REVOKE_OWN -> {
                assertThat(status).as(c + " (" + thrown + ")").isEqualTo(c.expected());
                assertThat(fixtures.state(own)).isEqualTo("revoked by " + caller);
            }
            default -> {
                assertThat(status).as(c + " (" + thrown + ")").isEqualTo(c.expected());
                assertThat(fixtures.state(others)).as(c + ": the owner's token")
                        .isEqualTo(c.expected() == 200 ? "revoked by " + caller : "active");
            }
        }
        assertThat(fixtures.state(own)).as(c + ": the caller's token")
                .isEqualTo(c.op().operation().equals(ApiTokenScopeMatrix.REVOKE_OWN) ? "revoked by " + caller : "active");
    }
}
