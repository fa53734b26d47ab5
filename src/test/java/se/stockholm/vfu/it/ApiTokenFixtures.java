package se.stockholm.vfu.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.user.AppUser;

import java.util.UUID;

/**
 * Users for the API-token tests, fresh each time (a user may hold only ten active tokens, and the test database
 * outlives a run), with the fixtures' password; and what the database says of a token.
 */
@Stateless
@PermitAll
public class ApiTokenFixtures {

    @PersistenceContext
    private EntityManager em;

    /** A new user of the role (and district or university, by code); its username. */
    public String user(String role, String district, String university) {
        String username = "it-tokm-" + UUID.randomUUID().toString().substring(0, 8);
        AppUser user = new AppUser(username, "Test " + username, username + "@it.example",
                TestPasswords.hash());
        user.assign(Role.valueOf(role), district == null ? null
                : em.createQuery("SELECT d FROM District d WHERE d.code = :c", District.class).setParameter("c", district)
                        .getSingleResult(), university == null ? null
                : em.createQuery("SELECT u FROM University u WHERE u.code = :c", University.class)
                        .setParameter("c", university).getSingleResult());
        em.persist(user);
        return username;
    }

    /** The token's revocation as stored: "active" or "revoked by X". */
    public String state(long tokenId) {
        Object[] row = em.createQuery("SELECT t.revokedAt, t.revokedBy FROM ApiToken t WHERE t.id = :id", Object[].class)
                .setParameter("id", tokenId).getSingleResult();
        return row[0] == null ? "active" : "revoked by " + row[1];
    }
}
