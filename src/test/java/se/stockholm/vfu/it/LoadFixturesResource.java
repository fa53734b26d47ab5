package se.stockholm.vfu.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import se.stockholm.vfu.security.Role;

/**
 * Test deployments only (this package is not in the portal's WAR): makes sure {@link LoadFixtures} exist before the
 * short load test ({@code se.stockholm.vfu.load.LoadIT}) runs against the suite's deployment. Central contact only.
 */
@Path("it/load-fixtures")
@RolesAllowed(Role.CENTRAL_NAME)
public class LoadFixturesResource {

    @Inject
    LoadFixtures fixtures;

    @POST
    public void ensure() {
        fixtures.ensure();
    }
}
