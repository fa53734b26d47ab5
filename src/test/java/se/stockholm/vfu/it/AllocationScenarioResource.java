package se.stockholm.vfu.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.stockholm.vfu.security.Role;

/**
 * Test deployments only (this package is not in the portal's WAR): makes an allocation term of a test's own for
 * tests that drive the portal from outside, such as the browser tests. Central contact only.
 */
@Path("it/allocation-scenario")
@RolesAllowed(Role.CENTRAL_NAME)
public class AllocationScenarioResource {

    @Inject
    AllocationFixtures fixtures;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public AllocationFixtures.Scenario create() {
        return fixtures.newTerm();
    }

    /**
     * The same term with one more student, "f", who asks for Södermalm and for Ekonomiskt bistånd (Income support), an
     * area no place of the term is in: the shortage names that area.
     */
    @POST
    @Path("area-shortage")
    @Produces(MediaType.APPLICATION_JSON)
    public AllocationFixtures.Scenario createWithAreaShortage() {
        AllocationFixtures.Scenario scenario = fixtures.newTerm();
        fixtures.addRequest(scenario, "f", "SO", "EKB");
        return scenario;
    }
}
