package se.stockholm.vfu.notification;

import jakarta.activation.DataHandler;
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
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import se.stockholm.vfu.config.PortalSettings;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Sends notification mail once the business transaction has committed, on the container's managed executor,
 * through WildFly's mail session {@code java:jboss/mail/vfu} (wildfly-config/40-mail.cli).
 * <p>
 * With {@code VFU_MAIL_MODE=smtp} (or the system property {@code vfu.mail.mode}) it sends; otherwise, as in the
 * embedded default, it logs that mail was not sent, saying only the notice's key and the recipients' internal
 * user ids: addresses, subjects and texts name students and staff and never reach the log. A failure is logged
 * the same way and never reaches the user: the change it announces is already saved.
 * <p>
 * TLS: the mail session asks for STARTTLS whenever the relay offers it ({@code VFU_SMTP_TLS}, on by default,
 * wildfly-config/40-mail.cli); {@code VFU_SMTP_TLS_REQUIRED=true} refuses to send without it, and the relay's
 * certificate must then name the host the portal connects to.
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
        // STARTTLS that anyone in the middle could answer with their own certificate would protect nothing
        session.getProperties().putIfAbsent("mail.smtp.ssl.checkserveridentity", "true");
        if (settings.isMailTlsRequired()) {
            session.getProperties().put("mail.smtp.starttls.enable", "true");
            session.getProperties().put("mail.smtp.starttls.required", "true");
        }
    }

    /** Only after the transaction that fired the event committed; a rolled-back transaction never gets here. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        try {
            executor.execute(() -> send(mail));
        } catch (RuntimeException rejected) {
            LOG.warning(() -> "Notification mail not sent, the executor refused it: " + rejected.getClass().getName()
                    + " (" + describe(mail) + ")");
        }
    }

    void send(OutgoingMail mail) {
        if (!settings.isMailSent()) {
            LOG.info(() -> "Notification mail not sent (" + PortalSettings.MAIL_MODE + " is not smtp): " + describe(mail));
            return;
        }
        int failed = 0;
        String firstFailure = null;
        for (OutgoingMail.Message message : mail.messages()) {
            try {
                Transport.send(mime(session, message, mail.attachment()));
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
                    + firstFailure + "; " + describe(mail) + "); the in-app notifications are kept";
            LOG.warning(summary);
        }
    }

    /** What may be logged about a mail: the notice's key and the recipients' user ids, nothing that names anyone. */
    static String describe(OutgoingMail mail) {
        return "notice " + mail.noticeKey() + " to user id(s) " + mail.messages().stream()
                .map(message -> Long.toString(message.recipientId())).collect(Collectors.joining(", "));
    }

    /**
     * One recipient's message: plain text, or with an attachment a multipart/mixed of the text and the file (a
     * calendar file as {@code text/calendar; method=PUBLISH}, which mail programs offer to add to the calendar).
     */
    static MimeMessage mime(Session session, OutgoingMail.Message message, OutgoingMail.Attachment attachment)
            throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(); // the session's "from" (VFU_MAIL_FROM)
        mime.setRecipient(RecipientType.TO, new InternetAddress(message.to(), true));
        mime.setSubject(message.subject(), "UTF-8");
        if (attachment == null) {
            mime.setText(message.body(), "UTF-8");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.body(), "UTF-8");
            MimeBodyPart file = new MimeBodyPart();
            String type = attachment.contentType().startsWith("text/calendar")
                    ? "text/calendar; charset=UTF-8; method=PUBLISH" : attachment.contentType();
            // bytes through a data source: Jakarta Mail has no content handler for text/calendar
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    attachment.content().getBytes(StandardCharsets.UTF_8), type)));
            file.setHeader("Content-Type", type);
            file.setFileName(attachment.fileName());
            file.setDisposition(MimeBodyPart.ATTACHMENT);
            mime.setContent(new MimeMultipart("mixed", text, file));
        }
        mime.setSentDate(new Date());
        return mime;
    }
}
