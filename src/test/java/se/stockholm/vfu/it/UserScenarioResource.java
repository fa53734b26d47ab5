package se.stockholm.vfu.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.user.AppUser;

import java.util.Map;
import java.util.UUID;

/**
 * Test deployments only (this package is not in the portal's WAR): a fresh central-contact user with the
 * fixtures' password, for tests that sign in from outside and must not share an account (Elytron locks an
 * identity after 10 failed sign-ins; a password change must not touch the shared fixtures). With
 * {@code mustChange=true} the user is as an administrator left them: made to change the password first.
 */
@Path("it/fresh-users")
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class UserScenarioResource {

    @PersistenceContext
    EntityManager em;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> create(@QueryParam("mustChange") @DefaultValue("false") boolean mustChange) {
        String username = "it-fresh-" + UUID.randomUUID().toString().substring(0, 8);
        String hash = TestPasswords.hash();
        AppUser user = new AppUser(username, "Test " + username, username + "@it.example", hash);
        user.assign(Role.CENTRAL, null, null);
        if (mustChange) {
            user.setPasswordByAdministrator(hash);
        }
        em.persist(user);
        return Map.of("username", username);
    }
}
