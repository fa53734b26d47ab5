package se.stockholm.vfu.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.stockholm.vfu.security.Role;

/** Test deployments only: a started placement whose completion is refused ({@link CompletionFixtures}). Central only. */
@Path("it/completion-scenario")
@RolesAllowed(Role.CENTRAL_NAME)
public class CompletionScenarioResource {

    @Inject
    CompletionFixtures fixtures;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public CompletionFixtures.Scenario prepare() {
        return fixtures.prepare();
    }
}
