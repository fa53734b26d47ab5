package se.stockholm.vfu.it;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.stockholm.vfu.apitoken.ApiTokenService;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Test deployments only (this package is not in the portal's WAR): a user makes an API token while an administrator
 * takes the user's access back, in the two orders that raced. {@code moved-meanwhile}: the administrator's change
 * commits after the user's request began and before the token is written. {@code held}: the token's transaction is
 * held open after the token is written, until the test lets it commit ({@code held/{user}/release}), so that the
 * administrator's change runs while it is open; {@code held/{user}/made} answers once the token is written.
 */
@Path("it/token-race")
@RolesAllowed({Role.ADMIN_NAME, Role.CENTRAL_NAME, Role.DISTRICT_NAME, Role.UNIVERSITY_NAME})
public class TokenRaceResource {

    /** Far over anything a test waits for; a test that never releases does not hold a thread for ever. */
    private static final long WAIT_SECONDS = 30;

    private static final Map<String, CountDownLatch> MADE = new ConcurrentHashMap<>();
    private static final Map<String, CountDownLatch> RELEASED = new ConcurrentHashMap<>();

    @Inject
    ApiTokenService tokens;

    @Inject
    CurrentUser currentUser;

    @Inject
    TokenRace race;

    @Resource
    UserTransaction transaction;

    /** The caller's new token (its secret, as {"token": ...}), made after an administrator's change committed during this request. */
    @POST
    @Path("moved-meanwhile")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject afterAMoveMeanwhile() {
        String username = currentUser.get().username(); // the request's read of the user, checked by SessionGuard
        race.moveEpoch(username);
        return secret(tokens.create("Under flytten", null).token());
    }

    /** The caller's new token (its secret, as {"token": ...}), committed only once the test released it. */
    @POST
    @Path("held")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject held() throws Exception {
        String username = currentUser.get().username();
        transaction.begin();
        try {
            String secret = tokens.create("Samtidigt", null).token();
            latch(MADE, username).countDown();
            if (!latch(RELEASED, username).await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the token's transaction");
            }
            transaction.commit();
            return secret(secret);
        } finally {
            if (transaction.getStatus() == Status.STATUS_ACTIVE || transaction.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                transaction.rollback();
            }
        }
    }

    @GET
    @Path("held/{username}/made")
    @RolesAllowed(Role.ADMIN_NAME)
    public void made(@PathParam("username") String username) throws InterruptedException {
        if (!latch(MADE, username).await(WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no token was written for " + username);
        }
    }

    @POST
    @Path("held/{username}/release")
    @RolesAllowed(Role.ADMIN_NAME)
    public void release(@PathParam("username") String username) {
        latch(RELEASED, username).countDown();
    }

    private static JsonObject secret(String token) {
        return Json.createObjectBuilder().add("token", token).build();
    }

    private static CountDownLatch latch(Map<String, CountDownLatch> latches, String username) {
        return latches.computeIfAbsent(username, name -> new CountDownLatch(1));
    }
}
