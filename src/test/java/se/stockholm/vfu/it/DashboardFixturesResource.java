package se.stockholm.vfu.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import se.stockholm.vfu.security.Role;

/**
 * Test deployments only (this package is not in the portal's WAR): makes sure {@link DashboardFixtures} exist, for
 * the tests that read the dashboard and the term report from outside (HTTP, browser). Central contact only.
 */
@Path("it/dashboard-fixtures")
@RolesAllowed(Role.CENTRAL_NAME)
public class DashboardFixturesResource {

    @Inject
    DashboardFixtures fixtures;

    @POST
    public void ensure() {
        fixtures.ensure();
    }
}
