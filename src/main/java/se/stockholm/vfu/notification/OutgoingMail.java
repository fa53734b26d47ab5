package se.stockholm.vfu.notification;

import java.io.Serializable;
import java.util.List;

/**
 * The e-mails of one notice, ready to send: fired as a CDI event inside the business transaction and sent only
 * after it commits ({@link NotificationMailer}). Everything is formatted beforehand, so sending needs neither
 * the database nor the caller's identity.
 */
public record OutgoingMail(List<Message> messages) implements Serializable {

    /** One e-mail to one recipient, so that recipients never see each other's addresses. */
    public record Message(String to, String subject, String body) implements Serializable {
    }

    public OutgoingMail {
        messages = List.copyOf(messages);
    }
}
