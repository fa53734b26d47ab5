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

    /** One e-mail to one recipient (by internal user id and address), so that recipients never see each other's. */
    public record Message(long recipientId, String to, String subject, String body) implements Serializable {
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
