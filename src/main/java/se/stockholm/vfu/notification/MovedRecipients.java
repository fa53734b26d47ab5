package se.stockholm.vfu.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.user.AccessWithdrawn;

import java.util.logging.Logger;

/**
 * Deletes the notifications of a user moved to another role, district or university. They were written for the old
 * scope (a student's name, a placement of the old district), whose records the user may no longer read; the
 * notification list must not keep showing them, nor their mails still in the outbox go out. Observed inside the
 * administrator's transaction, so they go exactly when the move is kept. A password reset or a disabling keeps them:
 * the user's scope is the same (a disabled user's queued mails are not sent, {@link MailOutbox#claim}).
 */
@ApplicationScoped
public class MovedRecipients {

    private static final Logger LOG = Logger.getLogger(MovedRecipients.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailOutbox outbox;

    void on(@Observes AccessWithdrawn withdrawn) {
        if (withdrawn.reason() != AccessWithdrawn.Reason.SCOPE_CHANGED) {
            return;
        }
        int deleted = em.createQuery("DELETE FROM Notification n WHERE n.recipient = :username")
                .setParameter("username", withdrawn.username()).executeUpdate();
        // their mails still in the outbox tell the same, to someone the old scope is no longer for
        int dropped = outbox.dropFor(withdrawn.userId());
        LOG.info(() -> deleted + " notifications of user " + withdrawn.userId() + " deleted, and " + dropped
                + " of their mails not yet sent, on a change of scope");
    }
}
