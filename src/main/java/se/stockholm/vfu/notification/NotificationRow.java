package se.stockholm.vfu.notification;

import java.io.Serializable;
import java.time.Instant;

/** A notification as its recipient sees it, already said in the reader's language. */
public record NotificationRow(long id, String subject, String body, String link, Instant createdAt, Instant readAt,
                              boolean read) implements Serializable {
}
