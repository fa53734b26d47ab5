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
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import se.stockholm.vfu.common.DatabaseOutage;
import se.stockholm.vfu.config.PortalSettings;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Sends notification mail through WildFly's mail session {@code java:jboss/mail/vfu} (wildfly-config/40-mail.cli),
 * from the outbox ({@link MailOutbox}): a notice's mail is written there in the business transaction (observed
 * {@code IN_PROGRESS}), so a rolled-back change leaves none and a committed one keeps its mail across a stop or a
 * crash of the server. Once the transaction has committed the outbox is drained on the container's managed executor,
 * and {@link MailOutboxJob} drains it every 30 seconds for what is left: mail whose send failed (relay down; tried
 * again later, at most {@link MailOutbox#MAX_ATTEMPTS} times) and mail a stopped server had not sent yet. A mail is
 * deleted once sent or given up. One drain at a time runs on this node; between nodes the outbox's claim decides.
 * New mail goes before mail that is tried again, so a recipient the relay refuses does not hold up everyone else's.
 * <p>
 * With {@code VFU_MAIL_MODE=smtp} (or the system property {@code vfu.mail.mode}) it sends; otherwise, as in the
 * embedded default, nothing is written to the outbox and it logs that mail was not sent, saying only the notice's
 * key and the recipients' internal user ids: addresses, subjects and texts name students and staff and never reach
 * the log. A failure is logged the same way and never reaches the user: the change it announces is already saved.
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
    /** Mails claimed per look at the outbox. */
    private static final int BATCH = 50;

    @Resource
    private ManagedExecutorService executor;

    @Resource(lookup = "java:jboss/mail/vfu")
    private Session session;

    @Inject
    private PortalSettings settings;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Clock clock;

    /**
     * Whether the last try could not get through to the relay. The server log says when the relay stops answering and when it
     * takes mail again, not every failed try of every mail: a relay down for an hour would otherwise write one WARNING
     * per mail every few minutes. A mail the relay refuses is logged at each try, as its own problem.
     */
    private final AtomicBoolean relayDown = new AtomicBoolean();

    /**
     * When the drain running on this node started (null: none). One older than the outbox's lease is taken for
     * lost: WildFly skips an executor task still queued when the server suspends, and such a drain never ends.
     */
    private final AtomicReference<Instant> drainStarted = new AtomicReference<>();
    /** Another look at the outbox is asked for: the running drain looks again before it ends. */
    private final AtomicBoolean drainRequested = new AtomicBoolean();

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

    /** In the business transaction: the mail goes to the outbox, and is committed or rolled back with the change. */
    void inTransaction(@Observes(during = TransactionPhase.IN_PROGRESS) OutgoingMail mail) {
        if (settings.isMailSent()) {
            outbox.add(mail, clock.instant());
        }
    }

    /** Only after the transaction that fired the event committed; a rolled-back transaction never gets here. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        if (!settings.isMailSent()) {
            LOG.info(() -> "Notification mail not sent (" + PortalSettings.MAIL_MODE + " is not smtp): " + describe(mail));
            return;
        }
        drainSoon();
    }

    /** Drains the outbox on the managed executor; if that refuses (the server suspends), the timer does it later. */
    void drainSoon() {
        drainRequested.set(true);
        if (!startDrain()) {
            return; // the drain running now looks again before it ends
        }
        try {
            executor.execute(this::drainWhileAsked);
        } catch (RuntimeException rejected) {
            drainStarted.set(null);
            LOG.info(() -> "Notification mail left in the outbox for the next scheduled send: the executor refused"
                    + " the task (" + rejected.getClass().getName() + ")");
        }
    }

    /** Drains the outbox now, on the caller's thread, unless a drain is running on this node already. */
    void drainNow() {
        drainRequested.set(true);
        if (startDrain()) {
            drainWhileAsked();
        }
    }

    /** True when no drain runs on this node (or the one marked running is lost) and this caller is to run one. */
    private boolean startDrain() {
        Instant now = clock.instant();
        Instant started = drainStarted.get();
        if (started != null && started.plus(MailOutbox.LEASE).isAfter(now)) {
            return false;
        }
        return drainStarted.compareAndSet(started, now);
    }

    private void drainWhileAsked() {
        try {
            while (drainRequested.getAndSet(false)) {
                drain();
            }
        } catch (RuntimeException failed) {
            // what is left waits in the outbox for the next scheduled drain; a database out of reach is expected to
            // pass, anything else is logged with its cause here (the EJB container does not, 60-logging.cli)
            if (DatabaseOutage.isCause(failed)) {
                LOG.warning(() -> "Sending notification mail from the outbox stopped: the database is out of reach ("
                        + DatabaseOutage.reason(failed) + "); the next scheduled drain goes on");
            } else {
                LOG.log(Level.SEVERE, "Sending notification mail from the outbox stopped; the next scheduled drain"
                        + " goes on", failed);
            }
        } finally {
            drainStarted.set(null);
        }
        if (drainRequested.get()) {
            drainSoon(); // asked for between the last look and the end of this drain
        }
    }

    /** Sends every mail due now, a batch of claims at a time, until none is left. */
    private void drain() {
        while (true) {
            List<MailOutbox.Due> due = outbox.due(clock.instant(), BATCH);
            for (MailOutbox.Due row : due) {
                long id = row.id();
                outbox.claim(id, row.version(), clock.instant()).ifPresent(mail -> {
                    if (send(mail)) {
                        outbox.sent(id);
                    } else if (outbox.failed(id, clock.instant())) {
                        LOG.warning(() -> "Notification mail given up after " + MailOutbox.MAX_ATTEMPTS + " tries and"
                                + " deleted from the outbox (" + describe(mail) + ")");
                    }
                });
            }
            if (due.size() < BATCH) {
                return;
            }
        }
    }

    /** Sends one mail's messages; true when all went (or mail is off and so nothing is to go). */
    boolean send(OutgoingMail mail) {
        if (!settings.isMailSent()) {
            LOG.info(() -> "Notification mail not sent (" + PortalSettings.MAIL_MODE + " is not smtp): " + describe(mail));
            return true;
        }
        int failed = 0;
        String firstFailure = null;
        boolean relayUnreachable = false;
        for (OutgoingMail.Message message : mail.messages()) {
            try {
                Transport.send(mime(session, message, mail.attachment()));
            } catch (MessagingException | RuntimeException failure) {
                // The exception's message may quote the address; its type says enough to look at the relay.
                failed++;
                relayUnreachable |= unreachable(failure);
                if (firstFailure == null) {
                    firstFailure = failure.getClass().getName()
                            + (failure.getCause() == null ? "" : ", caused by " + failure.getCause().getClass().getName());
                }
            }
        }
        if (failed > 0) {
            String summary = failed + " of " + mail.messages().size() + " notification mail(s) not sent ("
                    + firstFailure + "; " + describe(mail) + "); kept in the outbox to be tried again";
            if (!relayUnreachable) {
                LOG.warning(summary); // the relay answered and refused this mail (a recipient, say): this mail's own
            } else if (relayDown.compareAndSet(false, true)) {
                LOG.warning(() -> "The mail relay cannot be reached: " + summary + ". Until a mail goes again, each"
                        + " failed try is logged at FINE only.");
            } else {
                LOG.fine(summary);
            }
        } else if (relayDown.compareAndSet(true, false)) {
            LOG.info("The mail relay takes mail again; what the outbox kept goes with its next drains");
        }
        return failed == 0;
    }

    /**
     * Whether a send failed at the relay itself (no connection, a timeout, TLS, a conversation cut off), not by its
     * answer about this mail: a refused recipient or message is a {@link SendFailedException}, and a failure outside
     * Jakarta Mail (building the message) is this mail's own too.
     */
    private static boolean unreachable(Throwable failure) {
        return failure instanceof MessagingException && !(failure instanceof SendFailedException);
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
