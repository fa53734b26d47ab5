package se.stockholm.vfu.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.stockholm.vfu.security.Role;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Test deployments only (this package is not in the portal's WAR): lets a token's expiry pass without waiting for
 * it, and shows what the database keeps of a token, so a test can check it is the hash and nothing else.
 */
@Path("it/tokens")
@RolesAllowed(Role.ADMIN_NAME)
public class ApiTokenScenarioResource {

    @PersistenceContext
    EntityManager em;

    /** Moves the token's expiry one second into the past. */
    @POST
    @Path("{id}/expire")
    @Transactional
    public void expire(@PathParam("id") long id) {
        em.createNativeQuery("UPDATE api_token SET expires_at = ? WHERE id = ?")
                .setParameter(1, Instant.now().minus(Duration.ofSeconds(1))).setParameter(2, id).executeUpdate();
    }

    /** Every stored column of the token, as text. */
    @GET
    @Path("{id}/stored")
    @Produces(MediaType.APPLICATION_JSON)
    public List<String> stored(@PathParam("id") long id) {
        List<?> rows = em.createNativeQuery("SELECT id, user_id, name, token_hash, created_at, expires_at,"
                + " last_used_at, revoked_at, revoked_by FROM api_token WHERE id = ?").setParameter(1, id).getResultList();
        List<String> columns = new ArrayList<>();
        for (Object row : rows) {
            for (Object column : (Object[]) row) {
                columns.add(String.valueOf(column));
            }
        }
        return columns;
    }
}
