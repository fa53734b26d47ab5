package se.stockholm.vfu.notification;

import java.io.Serializable;
import java.util.List;

/**
 * The e-mails of one notice, ready to send: fired as a CDI event inside the business transaction and sent only
 * after it commits ({@link NotificationMailer}). Everything is formatted beforehand, so sending needs neither
 * the database nor the caller's identity. The notice's key and the recipients' internal user ids are what
 * may be logged about it: addresses, subjects and texts name people and never reach the log.
 */
public record OutgoingMail(String noticeKey, List<Message> messages) implements Serializable {

    /** One e-mail to one recipient (by internal user id and address), so that recipients never see each other's. */
    public record Message(long recipientId, String to, String subject, String body) implements Serializable {
    }

    public OutgoingMail {
        messages = List.copyOf(messages);
    }
}
