package se.stockholm.vfu.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.config.PortalSettings;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Notifications: other features tell the users of a district, a university or the central contacts about
 * something, in the portal and by e-mail; each user reads and marks their own, and only their own.
 * <p>
 * The in-app notifications are written in the caller's transaction, so they are kept or rolled back with the
 * business change they announce. The e-mails are handed to {@link NotificationMailer} as an event that is
 * delivered only after that transaction commits, and sent on another thread: mail never slows down, fails or
 * rolls back the business call, and a rolled-back call sends nothing.
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME, Role.DISTRICT_NAME, Role.UNIVERSITY_NAME})
public class NotificationService {

    private static final String RECIPIENTS = "SELECT u.id, u.username, u.email FROM AppUser u WHERE u.enabled = TRUE"
            + " AND u.role = :role";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Event<OutgoingMail> mail;

    @Inject
    private PortalSettings settings;

    @Inject
    private Clock clock;

    /** In-app notification to every enabled DISTRICT user of the district, plus an e-mail to each. */
    @PermitAll
    public void notifyDistrict(long districtId, @NotNull Notice notice) {
        notifyDistrict(districtId, notice, null);
    }

    /** The same, with a file attached to each mail (not to the in-app notification); null for none. */
    @PermitAll
    public void notifyDistrict(long districtId, @NotNull Notice notice, OutgoingMail.Attachment attachment) {
        deliver(em.createQuery(RECIPIENTS + " AND u.district.id = :scope", Tuple.class)
                .setParameter("role", Role.DISTRICT).setParameter("scope", districtId), notice, attachment);
    }

    /** Same for every enabled UNIVERSITY user of the university. */
    @PermitAll
    public void notifyUniversity(long universityId, @NotNull Notice notice) {
        notifyUniversity(universityId, notice, null);
    }

    /** The same, with a file attached to each mail (not to the in-app notification); null for none. */
    @PermitAll
    public void notifyUniversity(long universityId, @NotNull Notice notice, OutgoingMail.Attachment attachment) {
        deliver(em.createQuery(RECIPIENTS + " AND u.university.id = :scope", Tuple.class)
                .setParameter("role", Role.UNIVERSITY).setParameter("scope", universityId), notice, attachment);
    }

    /** Same for every enabled CENTRAL user. */
    @PermitAll
    public void notifyCentral(@NotNull Notice notice) {
        deliver(em.createQuery(RECIPIENTS, Tuple.class).setParameter("role", Role.CENTRAL), notice, null);
    }

    /** The caller's own notifications, newest first, in the reader's language; filter {@code unread=true}. */
    public Page<NotificationRow> find(@NotNull PageRequest page, Locale locale) {
        String where = " WHERE n.recipient = :me AND (:unreadOnly = FALSE OR n.readAt IS NULL)";
        TypedQuery<Notification> rows = em.createQuery("SELECT n FROM Notification n" + where
                + " ORDER BY n.createdAt DESC, n.id DESC", Notification.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(n) FROM Notification n" + where, Long.class);
        String me = currentUser.get().username();
        boolean unreadOnly = "true".equalsIgnoreCase(page.filter("unread"));
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("me", me).setParameter("unreadOnly", unreadOnly);
        }
        List<NotificationRow> found = rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList()
                .stream().map(n -> row(n, locale)).toList();
        return new Page<>(found, count.getSingleResult());
    }

    /** How many of the caller's notifications are unread (the page header shows it). */
    public long unreadCount() {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipient = :me AND n.readAt IS NULL",
                        Long.class)
                .setParameter("me", currentUser.get().username()).getSingleResult();
    }

    public NotificationRow get(long id, Locale locale) {
        return row(own(id), locale);
    }

    /** Marks one of the caller's notifications read; anyone else's is "not found" and stays as it was. */
    public NotificationRow markRead(long id, Locale locale) {
        Notification notification = own(id);
        notification.markRead(clock.instant());
        return row(notification, locale);
    }

    /** Marks all the caller's unread notifications read; answers how many there were. */
    public int markAllRead() {
        return em.createQuery("UPDATE Notification n SET n.readAt = :now, n.version = n.version + 1"
                        + " WHERE n.recipient = :me AND n.readAt IS NULL")
                .setParameter("now", clock.instant())
                .setParameter("me", currentUser.get().username())
                .executeUpdate();
    }

    private void deliver(TypedQuery<Tuple> recipients, Notice notice, OutgoingMail.Attachment attachment) {
        Instant now = clock.instant();
        String subject = NoticeTexts.subject(notice, NoticeTexts.SWEDISH);
        String body = mailBody(notice);
        List<OutgoingMail.Message> messages = new ArrayList<>();
        for (Tuple recipient : recipients.getResultList()) {
            long userId = recipient.get(0, Long.class);
            String username = recipient.get(1, String.class);
            String email = recipient.get(2, String.class);
            em.persist(new Notification(username, notice, now));
            if (email != null && !email.isBlank()) {
                messages.add(new OutgoingMail.Message(userId, email, subject, body, true));
            }
        }
        if (!messages.isEmpty()) {
            mail.fire(new OutgoingMail(notice.subjectKey(), messages, attachment));
        }
    }

    /** Swedish first, the English text below it: the city writes in Swedish, some coordinators read English. */
    private String mailBody(Notice notice) {
        String link = notice.link() == null ? null : settings.portalUrl() + notice.link();
        StringBuilder body = new StringBuilder();
        body.append(NoticeTexts.body(notice, NoticeTexts.SWEDISH)).append("\n\n");
        if (link != null) {
            body.append(NoticeTexts.text(NoticeTexts.SWEDISH, "notification.mail.link", List.of(link))).append("\n\n");
        }
        body.append("-- ").append(NoticeTexts.text(NoticeTexts.SWEDISH, "notification.mail.english", List.of()))
                .append(" --\n\n");
        body.append(NoticeTexts.subject(notice, Locale.ENGLISH)).append("\n\n");
        body.append(NoticeTexts.body(notice, Locale.ENGLISH)).append("\n\n");
        if (link != null) {
            body.append(NoticeTexts.text(Locale.ENGLISH, "notification.mail.link", List.of(link))).append("\n\n");
        }
        body.append(NoticeTexts.text(NoticeTexts.SWEDISH, "notification.mail.footer", List.of())).append('\n');
        body.append(NoticeTexts.text(Locale.ENGLISH, "notification.mail.footer", List.of())).append('\n');
        return body.toString();
    }

    private Notification own(long id) {
        Notification notification = em.find(Notification.class, id);
        if (notification == null || !notification.getRecipient().equals(currentUser.get().username())) {
            throw new NotFoundException();
        }
        return notification;
    }

    private static NotificationRow row(Notification n, Locale locale) {
        Notice notice = n.notice();
        return new NotificationRow(n.getId(), NoticeTexts.subject(notice, locale), NoticeTexts.body(notice, locale),
                notice.link(), n.getCreatedAt(), n.getReadAt(), n.isRead());
    }
}
