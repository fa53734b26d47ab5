package se.stockholm.vfu.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.user.AccessWithdrawn;

import java.util.logging.Logger;

/**
 * Deletes the notifications of a user moved to another role, district or university. They were written for the old
 * scope (a student's name, a placement of the old district), whose records the user may no longer read; the
 * notification list must not keep showing them. Observed inside the administrator's transaction, so they go exactly
 * when the move is kept. A password reset or a disabling keeps them: the user's scope is the same.
 */
@ApplicationScoped
public class MovedRecipients {

    private static final Logger LOG = Logger.getLogger(MovedRecipients.class.getName());

    @PersistenceContext
    private EntityManager em;

    void on(@Observes AccessWithdrawn withdrawn) {
        if (withdrawn.reason() != AccessWithdrawn.Reason.SCOPE_CHANGED) {
            return;
        }
        int deleted = em.createQuery("DELETE FROM Notification n WHERE n.recipient = :username")
                .setParameter("username", withdrawn.username()).executeUpdate();
        LOG.info(() -> deleted + " notifications of user " + withdrawn.userId() + " deleted on a change of scope");
    }
}
