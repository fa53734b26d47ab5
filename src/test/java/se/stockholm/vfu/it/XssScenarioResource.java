package se.stockholm.vfu.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.stockholm.vfu.security.Role;

/**
 * Test deployments only (this package is not in the portal's WAR): makes a term of the XSS corpus test's own
 * ({@link XssFixtures}) for the browser test, which drives the portal from outside. Central contact only.
 */
@Path("it/xss-scenario")
@RolesAllowed(Role.CENTRAL_NAME)
public class XssScenarioResource {

    @Inject
    XssFixtures fixtures;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public XssFixtures.Scenario create() {
        return fixtures.newTerm();
    }
}
