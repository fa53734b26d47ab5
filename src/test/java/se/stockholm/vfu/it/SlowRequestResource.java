package se.stockholm.vfu.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import se.stockholm.vfu.security.Role;

import java.util.concurrent.TimeUnit;

/**
 * Test deployments only: a request that takes its time and then writes, for the graceful-shutdown test (a request in
 * flight while the server suspends). It waits {@code millis}, then makes a visit through {@link FaultsFixtures} in a
 * transaction of its own, and answers its id only once that transaction has committed. Central contact only.
 */
@Path("it/slow")
@RolesAllowed(Role.CENTRAL_NAME)
public class SlowRequestResource {

    @Inject
    FaultsFixtures fixtures;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject slowWrite(@QueryParam("millis") long millis) throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep(Math.min(millis, 60_000));
        return Json.createObjectBuilder().add("visit", fixtures.newVisit(1, 0)).build();
    }
}
