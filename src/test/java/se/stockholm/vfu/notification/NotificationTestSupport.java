package se.stockholm.vfu.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.it.TestPasswords;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.user.AppUser;
import se.stockholm.vfu.user.UserService;

import java.time.Instant;
import java.util.List;

/**
 * What the notification tests need beside the shared fixtures: extra users (one more enabled and one disabled
 * per scope, created once per database), who received a notice, and a business call that notifies and then
 * fails, as a feature's service would.
 */
@Stateless
@PermitAll
public class NotificationTestSupport {

    /** A second, enabled district contact of Södermalm. */
    public static final String SODERMALM_2 = "it-notify-so2";
    /** A disabled district contact of Södermalm. */
    public static final String SODERMALM_OFF = "it-notify-so-off";
    /** A disabled coordinator of Stockholms universitet. */
    public static final String SU_OFF = "it-notify-su-off";
    /** A disabled central contact. */
    public static final String CENTRAL_OFF = "it-notify-central-off";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private NotificationService notificationService;

    @Inject
    private UserService userService;

    public void createUsers() {
        String hash = null;
        for (Object[] user : new Object[][] {
                {SODERMALM_2, Role.DISTRICT, "SO", true},
                {SODERMALM_OFF, Role.DISTRICT, "SO", false},
                {SU_OFF, Role.UNIVERSITY, "SU", false},
                {CENTRAL_OFF, Role.CENTRAL, null, false}}) {
            String username = (String) user[0];
            if (em.createQuery("SELECT COUNT(u) FROM AppUser u WHERE u.username = :u", Long.class)
                    .setParameter("u", username).getSingleResult() > 0) {
                continue;
            }
            hash = hash == null ? TestPasswords.hash() : hash;
            Role role = (Role) user[1];
            String code = (String) user[2];
            AppUser appUser = new AppUser(username, "Test " + username, username + "@it.example", hash);
            appUser.assign(role, role == Role.DISTRICT ? district(code) : null,
                    role == Role.UNIVERSITY ? university(code) : null);
            if (!(Boolean) user[3]) {
                appUser.disable();
            }
            em.persist(appUser);
        }
    }

    /** A new, enabled district contact of the district (by code) with the fixtures' password, signed in before. */
    public void createDistrictContact(String username, String districtCode) {
        AppUser user = new AppUser(username, "Test " + username, username + "@it.example", TestPasswords.hash());
        user.assign(Role.DISTRICT, district(districtCode), null);
        em.persist(user);
    }

    /** Moves the user to another district through the real user service, as the calling administrator. */
    public void moveToDistrict(String username, String districtCode) {
        AppUser user = em.createQuery("SELECT u FROM AppUser u WHERE u.username = :u", AppUser.class)
                .setParameter("u", username).getSingleResult();
        userService.changeRole(user.getId(), user.getVersion(), Role.DISTRICT, district(districtCode).getId(), null);
    }

    /** Disables the user through the real user service, as the calling administrator. */
    public void disable(String username) {
        AppUser user = em.createQuery("SELECT u FROM AppUser u WHERE u.username = :u", AppUser.class)
                .setParameter("u", username).getSingleResult();
        userService.setEnabled(user.getId(), user.getVersion(), false);
    }

    /** The usernames that received a notification with this argument. */
    public List<String> recipientsOf(String argument) {
        return em.createQuery("SELECT n.recipient FROM Notification n WHERE n.arguments LIKE :argument"
                        + " ORDER BY n.recipient", String.class)
                .setParameter("argument", "%\"" + argument + "\"%").getResultList();
    }

    /** The usernames that received a notification of this kind (its subject key) with this argument. */
    public List<String> recipientsOf(String subjectKey, String argument) {
        return em.createQuery("SELECT n.recipient FROM Notification n WHERE n.subjectKey = :key"
                        + " AND n.arguments LIKE :argument ORDER BY n.recipient", String.class)
                .setParameter("key", subjectKey).setParameter("argument", "%\"" + argument + "\"%").getResultList();
    }

    /** The id of the notification with this argument that the user received. */
    public long idOf(String username, String argument) {
        return em.createQuery("SELECT n.id FROM Notification n WHERE n.recipient = :u AND n.arguments LIKE :argument",
                        Long.class)
                .setParameter("u", username).setParameter("argument", "%\"" + argument + "\"%").getSingleResult();
    }

    /** How often each mail in the outbox whose subject names {@code marker} has been tried (none when all went). */
    public List<Integer> outboxAttempts(String marker) {
        return em.createQuery("SELECT m.attempts FROM OutboxMail m WHERE m.subject LIKE :marker ORDER BY m.id",
                        Integer.class)
                .setParameter("marker", "%" + marker + "%").getResultList();
    }

    /** The outbox's mails that name {@code marker} become due now, as if their wait after a failed try had passed. */
    public int makeDue(String marker) {
        return em.createQuery("UPDATE OutboxMail m SET m.nextAttemptAt = :now, m.version = m.version + 1"
                        + " WHERE m.subject LIKE :marker")
                .setParameter("now", Instant.now()).setParameter("marker", "%" + marker + "%").executeUpdate();
    }

    /** Notifies a district and then breaks a business rule, so the container rolls the transaction back. */
    public void notifyDistrictThenFail(long districtId, Notice notice) {
        notificationService.notifyDistrict(districtId, notice);
        throw new InvalidInputException(null, "error.notFound");
    }

    private District district(String code) {
        return em.createQuery("SELECT d FROM District d WHERE d.code = :code", District.class)
                .setParameter("code", code).getSingleResult();
    }

    private University university(String code) {
        return em.createQuery("SELECT u FROM University u WHERE u.code = :code", University.class)
                .setParameter("code", code).getSingleResult();
    }
}
