package se.stockholm.vfu.apitoken;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.user.AccessWithdrawn;
import se.stockholm.vfu.user.AppUser;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Revokes all the active API tokens of a user whose password an administrator reset, whom they disabled or moved to
 * another role or scope: a token made before such a change must not act again, neither after the user's new password
 * nor once the account is enabled again, nor in the new scope. Observed inside the administrator's transaction, so
 * the tokens are revoked exactly when the change is kept; each one as an entity (not a bulk update), so its
 * revocation is in the change history, by the administrator.
 */
@ApplicationScoped
public class WithdrawnTokens {

    private static final Logger LOG = Logger.getLogger(WithdrawnTokens.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    void on(@Observes AccessWithdrawn withdrawn) {
        Instant now = clock.instant();
        // The user's row first, as ApiTokenService.create locks it: a token being made now is committed before the
        // tokens are read here (and so revoked), or it is made after this change and refused for its moved epoch.
        em.find(AppUser.class, withdrawn.userId(), LockModeType.PESSIMISTIC_WRITE);
        // a locking read, so that under MariaDB's REPEATABLE READ too it sees a token committed while it waited
        List<ApiToken> active = em.createQuery("""
                SELECT t FROM ApiToken t WHERE t.user.id = :user AND t.revokedAt IS NULL
                AND (t.expiresAt IS NULL OR t.expiresAt > :now)""", ApiToken.class)
                .setParameter("user", withdrawn.userId()).setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        active.forEach(token -> token.revoke(withdrawn.by(), now));
        if (!active.isEmpty()) {
            LOG.info(() -> active.size() + " API tokens of user " + withdrawn.userId() + " revoked ("
                    + withdrawn.reason() + ") by " + withdrawn.by());
        }
    }
}
