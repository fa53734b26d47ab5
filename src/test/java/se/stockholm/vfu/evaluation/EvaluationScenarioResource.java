package se.stockholm.vfu.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import se.stockholm.vfu.security.Role;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Test deployments only: evaluation scenarios for tests that drive the portal from outside (HTTP and browser tests).
 * Central contact only. A scenario is {@code count} completed placements in a new unit, of which the first
 * {@code answered} students have answered; the response carries the open links' tokens, as their mails did.
 */
@Path("it/evaluation-scenario")
@RolesAllowed(Role.CENTRAL_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationScenarioResource {

    /** The scenario, and the tokens of the students' and supervisors' links still open, by placement. */
    public record Made(String termCode, long unitId, String unitName, List<Long> placements,
                       List<String> studentTokens, List<String> supervisorTokens, List<Long> studentInvitations) {
    }

    /** One invitation's state as stored. */
    public record State(boolean answered, boolean reminded, long placementId, String respondent) {
    }

    @Inject
    EvaluationFixtures fixtures;

    @Inject
    EvaluationService evaluations;

    @POST
    public Made create(@QueryParam("district") String district, @QueryParam("university") String university,
                       @QueryParam("count") int count, @QueryParam("answered") int answered,
                       @QueryParam("freeText") String freeText) {
        EvaluationFixtures.Scenario scenario = fixtures.completed(EvaluationFixtures.TERM,
                district == null ? "SO" : district, university == null ? "SU" : university, count);
        List<String> students = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String token = fixtures.token(scenario.studentInvitations().get(i));
            if (i < answered) {
                evaluations.answer(token, List.of(4, 4, 3, 5), freeText);
                students.add(null);
            } else {
                students.add(token);
            }
        }
        List<String> supervisors = scenario.supervisorInvitations().stream().map(fixtures::token).toList();
        return new Made(scenario.termCode(), scenario.unitId(), scenario.unitName(), scenario.placements(), students,
                supervisors, scenario.studentInvitations());
    }

    @GET
    @Path("invitations/{id}")
    public State state(@PathParam("id") long invitationId) {
        Object[] row = fixtures.stored(invitationId);
        return new State(row[2] != null, row[3] != null, ((Number) row[4]).longValue(), (String) row[5]);
    }

    @POST
    @Path("invitations/{id}/expire")
    public void expire(@PathParam("id") long invitationId) {
        fixtures.expireAt(invitationId, Instant.now().minusSeconds(60));
    }
}
