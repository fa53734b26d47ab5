package se.stockholm.vfu.audit;

import jakarta.enterprise.inject.spi.CDI;
import org.hibernate.envers.RevisionListener;

import java.security.Principal;

/**
 * Stamps each revision with the acting user: the one {@link AuditActor} names (start-up data written as the user
 * who would have done it), else the signed-in caller, else {@link AuditRevision#SYSTEM} (scheduled jobs and
 * start-up code run without a caller; WildFly then names the principal "anonymous").
 */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).setUsername(actingUser());
    }

    static String actingUser() {
        String named = AuditActor.current();
        if (named != null) {
            return named;
        }
        try {
            Principal principal = CDI.current().select(Principal.class).get();
            String name = principal == null ? null : principal.getName();
            return name == null || name.isBlank() || "anonymous".equals(name) ? AuditRevision.SYSTEM : name;
        } catch (IllegalStateException noContainer) {
            // outside the container (plain tests, tools): nobody to name
            return AuditRevision.SYSTEM;
        }
    }
}
