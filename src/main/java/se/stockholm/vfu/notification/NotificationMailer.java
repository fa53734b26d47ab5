package se.stockholm.vfu.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import se.stockholm.vfu.config.PortalSettings;

import java.util.Date;
import java.util.logging.Logger;

/**
 * Sends notification mail once the business transaction has committed, on the container's managed executor,
 * through WildFly's mail session {@code java:jboss/mail/vfu} (wildfly-config/40-mail.cli).
 * <p>
 * With {@code VFU_MAIL_MODE=smtp} (or the system property {@code vfu.mail.mode}) it sends; otherwise, as in the
 * embedded default, it writes recipient and subject to the log. A failure is logged without addresses or texts,
 * which name students, and never reaches the user: the change it announces is already saved.
 */
@ApplicationScoped
public class NotificationMailer {

    private static final Logger LOG = Logger.getLogger(NotificationMailer.class.getName());
    /** A relay that does not answer must not hold an executor thread for ever (Jakarta Mail waits indefinitely). */
    private static final String TIMEOUT_MILLIS = "20000";

    @Resource
    private ManagedExecutorService executor;

    @Resource(lookup = "java:jboss/mail/vfu")
    private Session session;

    @Inject
    private PortalSettings settings;

    @PostConstruct
    void timeouts() {
        // The server's mail resource has no attribute for these; the session reads them at each connection.
        for (String name : new String[] {"mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout"}) {
            session.getProperties().putIfAbsent(name, TIMEOUT_MILLIS);
        }
    }

    /** Only after the transaction that fired the event committed; a rolled-back transaction never gets here. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        try {
            executor.execute(() -> send(mail));
        } catch (RuntimeException rejected) {
            LOG.warning(() -> "Notification mail not sent, the executor refused it: " + rejected.getClass().getName()
                    + " (" + mail.messages().size() + " message(s))");
        }
    }

    void send(OutgoingMail mail) {
        if (!settings.isMailSent()) {
            for (OutgoingMail.Message message : mail.messages()) {
                LOG.info(() -> "Notification mail (" + PortalSettings.MAIL_MODE + " is not smtp, so not sent) to "
                        + message.to() + ": " + message.subject());
            }
            return;
        }
        int failed = 0;
        String firstFailure = null;
        for (OutgoingMail.Message message : mail.messages()) {
            try {
                Transport.send(mime(message));
            } catch (MessagingException | RuntimeException failure) {
                // The exception's message may quote the address; its type says enough to look at the relay.
                failed++;
                if (firstFailure == null) {
                    firstFailure = failure.getClass().getName()
                            + (failure.getCause() == null ? "" : ", caused by " + failure.getCause().getClass().getName());
                }
            }
        }
        if (failed > 0) {
            String summary = failed + " of " + mail.messages().size() + " notification mail(s) not sent ("
                    + firstFailure + "); the in-app notifications are kept";
            LOG.warning(summary);
        }
    }

    private MimeMessage mime(OutgoingMail.Message message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(); // the session's "from" (VFU_MAIL_FROM)
        mime.setRecipient(RecipientType.TO, new InternetAddress(message.to(), true));
        mime.setSubject(message.subject(), "UTF-8");
        mime.setText(message.body(), "UTF-8");
        mime.setSentDate(new Date());
        return mime;
    }
}
