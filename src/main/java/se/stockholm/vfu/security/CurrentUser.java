package se.stockholm.vfu.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.common.AccessDeniedException;

import java.security.Principal;
import java.util.List;

/**
 * The signed-in user's {@link Caller}, read once per request from the users table. Enabled and role
 * are read again on every request, so disabling a user or changing their district takes effect at
 * once, not at their next login.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private Principal principal;

    @PersistenceContext
    private EntityManager em;

    private Caller caller;

    /** The caller; refuses anonymous and disabled users. */
    public Caller get() {
        // Code may run as another identity within one request (run-as); read the user again then.
        if (caller == null || principal == null || !caller.username().equals(principal.getName())) {
            caller = find();
        }
        return caller;
    }

    private Caller find() {
        if (principal == null) {
            throw new AccessDeniedException();
        }
        List<Caller> found = em.createQuery("""
                SELECT NEW se.stockholm.vfu.security.Caller(u.username, u.displayName, u.role,
                       d.id, d.name, un.id, un.code)
                FROM AppUser u LEFT JOIN u.district d LEFT JOIN u.university un
                WHERE u.username = :username AND u.enabled = TRUE""", Caller.class)
                .setParameter("username", principal.getName())
                .getResultList();
        if (found.isEmpty()) {
            throw new AccessDeniedException();
        }
        return found.get(0);
    }
}
