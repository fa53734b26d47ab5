package se.stockholm.vfu.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import org.hibernate.jpa.HibernateHints;
import se.stockholm.vfu.common.AccessDeniedException;

import java.security.Principal;
import java.util.List;

/**
 * The signed-in user's {@link Caller}, read once per request from the users table. Enabled and role
 * are read again on every request, so disabling a user or changing their district takes effect at
 * once, not at their next login. The read comes from Hibernate's query cache (persistence.xml), which drops it as
 * soon as the portal writes the users, districts or universities table; a change made by SQL outside the portal is
 * seen only after a restart, and servers sharing a database run without the cache (VFU_HIBERNATE_CACHE=false). The
 * same read says whether an administrator has asked the user to change their password ({@code user.PasswordChangeFilter})
 * and in which credential epoch the user's sessions must have been established ({@link SessionGuard}), so the filter
 * chain reads the user's row once per request.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private Principal principal;

    @PersistenceContext
    private EntityManager em;

    private Caller caller;
    private boolean passwordChangeRequired;
    private int credentialEpoch;

    /** The caller; refuses anonymous and disabled users. */
    public Caller get() {
        // Code may run as another identity within one request (run-as); read the user again then.
        if (caller == null || principal == null || !caller.username().equals(principal.getName())) {
            find();
        }
        return caller;
    }

    /** Whether the signed-in, enabled user must change their password before anything else; refuses like {@link #get}. */
    public boolean passwordChangeRequired() {
        get();
        return passwordChangeRequired;
    }

    /**
     * The user's credential epoch, which moves when the user's sessions are to end (a password reset or change, a
     * disabling, another role or scope); refuses like {@link #get}. {@link SessionGuard} compares it with the session's.
     */
    public int credentialEpoch() {
        get();
        return credentialEpoch;
    }

    private void find() {
        if (principal == null) {
            throw new AccessDeniedException();
        }
        List<Tuple> found = em.createQuery("""
                SELECT u.username, u.displayName, u.role, d.id, d.name, un.id, un.code, u.passwordChangeRequired,
                       u.credentialEpoch
                FROM AppUser u LEFT JOIN u.district d LEFT JOIN u.university un
                WHERE u.username = :username AND u.enabled = TRUE""", Tuple.class)
                .setParameter("username", principal.getName())
                // from the query cache, which drops it when app_user, district or university is written (persistence.xml)
                .setHint(HibernateHints.HINT_CACHEABLE, true)
                .getResultList();
        if (found.isEmpty()) {
            throw new AccessDeniedException();
        }
        Tuple user = found.get(0);
        caller = new Caller(user.get(0, String.class), user.get(1, String.class), user.get(2, Role.class),
                user.get(3, Long.class), user.get(4, String.class), user.get(5, Long.class), user.get(6, String.class));
        passwordChangeRequired = user.get(7, Boolean.class);
        credentialEpoch = user.get(8, Integer.class);
    }
}
