package se.stockholm.vfu.notification;

import java.io.Serializable;
import java.util.List;

/**
 * The e-mails of one notice, ready to send: fired as a CDI event inside the business transaction and sent only
 * after it commits ({@link NotificationMailer}). Everything is formatted beforehand, so sending needs neither
 * the database nor the caller's identity. The notice's key and the recipients' internal user ids are what
 * may be logged about it: addresses, subjects and texts name people and never reach the log. An optional
 * attachment (a network event's calendar file) goes with every message, and is never logged either.
 */
public record OutgoingMail(String noticeKey, List<Message> messages, Attachment attachment) implements Serializable {

    /**
     * One e-mail to one recipient (by internal id and address), so that recipients never see each other's;
     * {@code toUser} when the recipient is a portal user and {@code recipientId} the user's id (a notification),
     * whose queued mail is dropped when the user is moved or disabled ({@link MailOutbox}).
     */
    public record Message(long recipientId, String to, String subject, String body, boolean toUser)
            implements Serializable {

        /** To someone who is not a portal user, or not as one (a student, an evaluation's respondent). */
        public Message(long recipientId, String to, String subject, String body) {
            this(recipientId, to, subject, body, false);
        }
    }

    /** A small text file sent with each message, e.g. {@code text/calendar} for an invitation. */
    public record Attachment(String fileName, String contentType, String content) implements Serializable {
    }

    public OutgoingMail {
        messages = List.copyOf(messages);
    }

    public OutgoingMail(String noticeKey, List<Message> messages) {
        this(noticeKey, messages, null);
    }
}
