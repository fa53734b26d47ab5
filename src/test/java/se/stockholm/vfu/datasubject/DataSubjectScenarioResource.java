package se.stockholm.vfu.datasubject;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.stockholm.vfu.evaluation.EvaluationFixtures;
import se.stockholm.vfu.evaluation.EvaluationService;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.security.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Test deployments only: two SU students of the dsr term HT2061 with completed placements in Södermalm, each with
 * everything a data-subject export gathers besides the request and placement: both evaluation answers with free
 * text, a meeting, a concern, a candidacy with steps, two visit bookings, and a change of the request by the
 * district contact (for the change history). Central contact only.
 */
@Path("it/data-subject-scenario")
@RolesAllowed(Role.CENTRAL_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class DataSubjectScenarioResource {

    public static final String TERM = "HT2061";

    /** Per student (index 0 and 1): placement, reference, the marker in their texts, and what hangs on it. */
    public record Made(long universityId, List<Long> placements, List<String> refs, List<String> markers,
                       List<DataSubjectFixtures.Around> around) {
    }

    @Inject
    EvaluationFixtures evaluationFixtures;

    @Inject
    EvaluationService evaluations;

    @Inject
    DataSubjectFixtures fixtures;

    @Inject
    RunAs runAs;

    @POST
    public Made create() throws Exception {
        EvaluationFixtures.Scenario scenario = evaluationFixtures.completed(TERM, "SO", "SU", 2);
        List<String> refs = new ArrayList<>();
        List<String> markers = new ArrayList<>();
        List<DataSubjectFixtures.Around> around = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long placement = scenario.placements().get(i);
            String marker = "ds-" + UUID.randomUUID().toString().substring(0, 8);
            markers.add(marker);
            evaluations.answer(evaluationFixtures.token(scenario.studentInvitations().get(i)), List.of(4, 4, 4, 4),
                    "Studentens text " + marker);
            evaluations.answer(evaluationFixtures.token(scenario.supervisorInvitations().get(i)), List.of(3, 3, 3, 3),
                    "Handledarens text " + marker);
            around.add(fixtures.around(placement, marker));
            runAs.userCommitting(Fixtures.SODERMALM, () -> fixtures.touchRequest(placement, Fixtures.SODERMALM));
            refs.add(fixtures.refOf(placement));
        }
        return new Made(scenario.universityId(), scenario.placements(), refs, markers, around);
    }

    /** The request of student 0's placement anonymised as retention does; its candidacy and bookings stay. */
    @POST
    @Path("anonymised")
    public Made createAnonymised() throws Exception {
        Made made = create();
        fixtures.anonymiseRequest(made.placements().get(0));
        return made;
    }

    /** Gives the request the name: the test makes two students of one name. */
    @POST
    @Path("requests/{id}/name")
    @Consumes(MediaType.TEXT_PLAIN)
    public void rename(@PathParam("id") long requestId, String name) {
        fixtures.rename(requestId, name);
    }
}
