package se.stockholm.vfu.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import se.stockholm.vfu.common.BaseEntity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One e-mail to one recipient that is waiting to be sent (table {@code mail_outbox}, migration V28): written in the
 * transaction of the change it announces, deleted once sent or given up. Staff-internal plumbing: no role reads it,
 * no page or API shows it, and nothing of it is logged but the notice's key and the recipient's internal id.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail extends BaseEntity {

    static final int SUBJECT_MAX = 1000;
    static final int ADDRESS_MAX = 320;

    @Column(name = "notice_key", nullable = false, length = Notice.KEY_MAX, updatable = false)
    private String noticeKey;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private long recipientId;

    /** The portal user the mail is to, for a notification (V31); null for anyone else. */
    @Column(name = "user_id", updatable = false)
    private Long userId;

    @Column(name = "to_address", nullable = false, length = ADDRESS_MAX, updatable = false)
    private String to;

    @Column(nullable = false, length = SUBJECT_MAX, updatable = false)
    private String subject;

    @Lob
    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "attachment_name", length = 200, updatable = false)
    private String attachmentName;

    @Column(name = "attachment_type", length = 200, updatable = false)
    private String attachmentType;

    @Lob
    @Column(updatable = false)
    private String attachment;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    protected OutboxMail() {
    }

    OutboxMail(String noticeKey, OutgoingMail.Message message, OutgoingMail.Attachment attachment, Instant now) {
        this.noticeKey = Objects.requireNonNull(noticeKey);
        this.recipientId = message.recipientId();
        this.userId = message.toUser() ? message.recipientId() : null;
        this.to = Objects.requireNonNull(message.to());
        this.subject = message.subject();
        this.body = message.body();
        if (attachment != null) {
            this.attachmentName = attachment.fileName();
            this.attachmentType = attachment.contentType();
            this.attachment = attachment.content();
        }
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** The mail as the sender needs it, detached from the database. */
    OutgoingMail toMail() {
        OutgoingMail.Attachment file = attachment == null ? null
                : new OutgoingMail.Attachment(attachmentName, attachmentType, attachment);
        return new OutgoingMail(noticeKey, List.of(new OutgoingMail.Message(recipientId, to, subject, body,
                userId != null)),
                file);
    }

    /** A try failed: the next one is due at {@code next}, and any sender may claim it then. */
    void failed(Instant next) {
        attempts++;
        nextAttemptAt = next;
        claimedUntil = null;
    }

    public String getNoticeKey() {
        return noticeKey;
    }

    public Long getUserId() {
        return userId;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public String getSubject() {
        return subject;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }
}
