package se.stockholm.vfu.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The outbox of notification mail (table {@code mail_outbox}): {@link #add} writes a notice's mails in the business
 * transaction, so a mail exists exactly when the change it announces was committed, and survives a stop or a crash
 * of the server; the sender ({@link NotificationMailer}) claims, sends and deletes them, each step in a short
 * transaction of its own, with the SMTP conversation outside any transaction.
 * <p>
 * Claiming is optimistic, so it works the same on H2 2.x and MariaDB 10.11 (H2 has no {@code SKIP LOCKED}): an
 * UPDATE that moves the row's version from the one read and sets a lease ({@code claimed_until}). Of two senders
 * (two nodes, or the timer and the after-commit drain) only one changes the row; the other's UPDATE matches
 * nothing and it leaves the row alone. A sender that dies while sending leaves the row to be claimed again once
 * the lease has passed: then, and only then, a mail may go twice.
 */
@Stateless
@PermitAll
public class MailOutbox {

    /** The longest a claimed mail is left to its sender: far over one SMTP conversation's timeouts (3 x 20 s). */
    static final Duration LEASE = Duration.ofMinutes(5);
    /** Tries before a mail is given up and deleted: the last is about two hours after the first (see {@link #wait}). */
    static final int MAX_ATTEMPTS = 8;

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    @PersistenceContext
    private EntityManager em;

    /** Writes the mail's messages, one row each, in the caller's transaction (or a new one if there is none). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void add(OutgoingMail mail, Instant now) {
        for (OutgoingMail.Message message : mail.messages()) {
            em.persist(new OutboxMail(mail.noticeKey(), message, mail.attachment(), now));
        }
    }

    /**
     * The ids and versions of up to {@code max} mails due now and not claimed by a live sender: those never tried
     * first, then by when they were due.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Due> due(Instant now, int max) {
        return em.createQuery("SELECT m.id, m.version FROM OutboxMail m WHERE m.nextAttemptAt <= :now"
                        + " AND (m.claimedUntil IS NULL OR m.claimedUntil < :now) ORDER BY m.attempts, m.nextAttemptAt, m.id",
                        Tuple.class)
                .setParameter("now", now).setMaxResults(max).getResultStream()
                .map(row -> new Due(row.get(0, Long.class), row.get(1, Long.class))).toList();
    }

    /**
     * Claims one mail for this sender, if its version is still the one read: the mail, detached; empty when another
     * sender claimed, sent or gave it up meanwhile.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<OutgoingMail> claim(long id, long version, Instant now) {
        int claimed = em.createQuery("UPDATE OutboxMail m SET m.claimedUntil = :lease, m.version = m.version + 1"
                        + " WHERE m.id = :id AND m.version = :version")
                .setParameter("lease", now.plus(LEASE)).setParameter("id", id).setParameter("version", version)
                .executeUpdate();
        if (claimed != 1) {
            return Optional.empty();
        }
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null) {
            return Optional.empty();
        }
        if (mail.getUserId() != null && !enabled(mail.getUserId())) {
            // disabled (or gone) since the mail was queued: what it tells is no longer for them
            em.remove(mail);
            LOG.info(() -> "Notification mail " + mail.getNoticeKey() + " to user id " + mail.getUserId()
                    + " dropped from the outbox: the user is disabled");
            return Optional.empty();
        }
        return Optional.of(mail.toMail());
    }

    private boolean enabled(long userId) {
        return !em.createQuery("SELECT u.id FROM AppUser u WHERE u.id = :id AND u.enabled = TRUE", Long.class)
                .setParameter("id", userId).getResultList().isEmpty();
    }

    /**
     * Drops the queued mails to a portal user, in the caller's transaction: a user moved to another role or scope
     * loses them with the notifications they announce ({@link MovedRecipients}). Answers how many.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int dropFor(long userId) {
        return em.createQuery("DELETE FROM OutboxMail m WHERE m.userId = :user").setParameter("user", userId)
                .executeUpdate();
    }

    /** A mail due to be sent: its id, and the version to claim it at. */
    public record Due(long id, long version) {
    }

    /** The mail went: nothing of it is kept. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(long id) {
        em.createQuery("DELETE FROM OutboxMail m WHERE m.id = :id").setParameter("id", id).executeUpdate();
    }

    /**
     * A try failed: the mail is tried again later, or, after {@link #MAX_ATTEMPTS} tries, deleted. True when it was
     * given up.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean failed(long id, Instant now) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null) {
            return false;
        }
        if (mail.getAttempts() + 1 >= MAX_ATTEMPTS) {
            em.remove(mail);
            return true;
        }
        mail.failed(now.plus(wait(mail.getAttempts() + 1)));
        return false;
    }

    /** After the n-th failed try: 1, 2, 4, ... minutes, at most an hour (1+2+4+8+16+32+60 minutes over 8 tries). */
    static Duration wait(int failedTries) {
        return Duration.ofMinutes(Math.min(60, 1L << Math.min(failedTries - 1, 6)));
    }
}
