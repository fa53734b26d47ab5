package se.stockholm.vfu.notification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every 30 seconds, sends what is due in the mail outbox: mail whose earlier try failed (the relay was down) once
 * its wait has passed, and mail that was committed but not yet sent when the server stopped (WildFly skips the
 * executor's queued tasks when it suspends) or crashed. Not persistent: a missed run is caught up by the next; a
 * server that is suspended runs no timer, and what it left is sent after it resumes or starts again. Outside any
 * transaction: each step of the outbox has its own, and the SMTP conversation none.
 */
@Singleton
public class MailOutboxJob {

    @Inject
    private NotificationMailer mailer;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false, info = "mail outbox")
    void everyHalfMinute() {
        mailer.drainNow();
    }
}
