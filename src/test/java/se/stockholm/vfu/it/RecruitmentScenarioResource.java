package se.stockholm.vfu.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.stockholm.vfu.recruitment.CandidateStatus;
import se.stockholm.vfu.security.Role;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Test deployments only: Södermalm's trainee post with a hired former VFU student on it, and another completed
 * placement of Södermalm, for the tests that drive recruitment from outside (REST, browser). Central contact only.
 */
@Path("it/recruitment-scenario")
@RolesAllowed(Role.CENTRAL_NAME)
public class RecruitmentScenarioResource {

    /** What was made: the post, its candidate, and a placement whose student is on no post yet (with the name). */
    public record Scenario(long postId, long candidateId, long placementId, long freePlacementId, String freeStudent,
                           String term) {
    }

    @Inject
    RecruitmentFixtures fixtures;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Scenario create() {
        String term = fixtures.sharedTerm();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long placement = fixtures.completedPlacement(term, "SO", "SU", "IT Api " + tag);
        String free = "IT Fri Student " + tag;
        long freePlacement = fixtures.completedPlacement(term, "SO", "SU", free);
        long post = fixtures.post("SO");
        long candidate = fixtures.candidate(post, placement, LocalDate.now().minusYears(2),
                new CandidateStatus[] {CandidateStatus.TRAINEE, CandidateStatus.HIRED}, new int[] {10, 100});
        return new Scenario(post, candidate, placement, freePlacement, free, term);
    }
}
