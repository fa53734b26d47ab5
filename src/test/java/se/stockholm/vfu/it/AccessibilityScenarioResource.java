package se.stockholm.vfu.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.stockholm.vfu.security.Role;

/** Test deployments only: the keyboard journeys' data ({@link AccessibilityFixtures}). Central contact only. */
@Path("it/accessibility-scenario")
@RolesAllowed(Role.CENTRAL_NAME)
public class AccessibilityScenarioResource {

    @Inject
    AccessibilityFixtures fixtures;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public AccessibilityFixtures.Scenario prepare() {
        return fixtures.prepare();
    }
}
