package se.stockholm.vfu.notification;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import se.stockholm.vfu.common.BaseEntity;
import se.stockholm.vfu.user.AppUser;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import static se.stockholm.vfu.common.JsonFactories.BUILDERS;
import static se.stockholm.vfu.common.JsonFactories.READERS;

/**
 * One notice for one user. It keeps the notice's keys and arguments rather than a text, so the reader sees it
 * in the language they use now, and the id of the student request it is about, if any. Only its recipient reads it
 * or marks it read; the service sees to that.
 */
@Entity
@Table(name = "notification")
public class Notification extends BaseEntity {

    public static final int ARGUMENTS_MAX = 4000;

    /** The recipient's username (app_user.username, which never changes). */
    @Column(nullable = false, length = AppUser.USERNAME_MAX, updatable = false)
    private String recipient;

    @Column(name = "subject_key", nullable = false, length = Notice.KEY_MAX, updatable = false)
    private String subjectKey;

    @Column(name = "body_key", nullable = false, length = Notice.KEY_MAX, updatable = false)
    private String bodyKey;

    /** The arguments as a JSON array of strings. */
    @Column(nullable = false, length = ARGUMENTS_MAX, updatable = false)
    private String arguments;

    @Column(length = Notice.LINK_MAX, updatable = false)
    private String link;

    /** The student request the notice is about (the data-subject export finds it by this); null when about no one student. */
    @Column(name = "request_id", updatable = false)
    private Long requestId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(String recipient, Notice notice, Instant now) {
        this.recipient = Objects.requireNonNull(recipient);
        this.subjectKey = notice.subjectKey();
        this.bodyKey = notice.bodyKey();
        this.arguments = encode(notice.arguments());
        this.link = notice.link();
        this.requestId = notice.requestId();
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Marks it read; reading it again keeps the first time. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Notice notice() {
        return new Notice(subjectKey, bodyKey, decode(arguments), link, requestId);
    }

    public boolean isRead() {
        return readAt != null;
    }

    public String getRecipient() {
        return recipient;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    static String encode(List<String> arguments) {
        JsonArrayBuilder array = BUILDERS.createArrayBuilder();
        arguments.forEach(array::add);
        String json = array.build().toString();
        if (json.length() > ARGUMENTS_MAX) {
            // Notice caps each argument; this only guards the column against a notice built around the caps.
            throw new IllegalArgumentException("The notice's arguments are too long to store");
        }
        return json;
    }

    static List<String> decode(String json) {
        try (var reader = READERS.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }
}
