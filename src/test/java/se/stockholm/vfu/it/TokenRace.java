package se.stockholm.vfu.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Test deployments only: the database side of {@link TokenRaceResource}. */
@Stateless
@PermitAll
public class TokenRace {

    @PersistenceContext
    EntityManager em;

    /**
     * Moves the user's credential epoch in a transaction of its own, committed at once: what an administrator's
     * reset, disabling or move leaves once its revocation of the user's tokens has run (and found none yet).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void moveEpoch(String username) {
        em.createNativeQuery("UPDATE app_user SET credential_epoch = credential_epoch + 1 WHERE username = ?")
                .setParameter(1, username).executeUpdate();
    }
}
