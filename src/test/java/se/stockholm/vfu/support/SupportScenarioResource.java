package se.stockholm.vfu.support;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import se.stockholm.vfu.security.Role;

import java.time.LocalDate;

/**
 * Test deployments only: makes the support tests' records for tests that drive the portal from outside (the API
 * matrix, the browser journey) and tells their state. Central contact only.
 */
@Path("it/support-scenario")
@RolesAllowed(Role.CENTRAL_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class SupportScenarioResource {

    @Inject
    SupportFixtures fixtures;

    @POST
    public SupportFixtures.Scenario create() {
        return fixtures.scenario();
    }

    @POST
    @Path("visit")
    public SupportFixtures.Scenario visit(@QueryParam("seats") int seats) {
        // before the other tests' visits, so it is on the first page of the visits table
        long visit = fixtures.newVisit("SO", seats, LocalDate.of(2060, 8, 16));
        return new SupportFixtures.Scenario(SupportFixtures.TERM, fixtures.term().getId(), 0, null, 0, visit, 0,
                fixtures.unitNameOf(visit));
    }

    @GET
    @Path("state")
    public SupportFixtures.State state(@QueryParam("placement") long placement, @QueryParam("concern") long concern,
                                       @QueryParam("visit") long visit, @QueryParam("booking") long booking) {
        return fixtures.state(placement, concern, visit, booking);
    }
}
