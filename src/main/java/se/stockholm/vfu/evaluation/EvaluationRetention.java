package se.stockholm.vfu.evaluation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.config.PortalSettings;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Retention of evaluations, run with the nightly retention ({@code retention.Retention}): once an invitation is older
 * than {@code VFU_RETENTION_EVALUATIONS_MONTHS} (24 by default) it is deleted with its token hashes, and the answers
 * of its placement lose their free text and their link to the placement (so to the student and the supervisor); the
 * scores and groups stay for the statistics. Server-side only.
 */
@Stateless
@PermitAll
public class EvaluationRetention {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PortalSettings settings;

    /** The date before which evaluations go, at {@code now}. */
    public LocalDate before(Instant now) {
        return LocalDate.ofInstant(now, StockholmTime.ZONE)
                .minusMonths(settings.retentionMonths(PortalSettings.Retention.EVALUATIONS));
    }

    /** Anonymises what is past the limit at {@code now}; the number of invitations removed. */
    public int run(Instant now) {
        Instant before = before(now).atStartOfDay(StockholmTime.ZONE).toInstant();
        em.createNativeQuery("""
                        UPDATE evaluation_answer SET free_text = NULL, placement_id = NULL, anonymised_at = :now,
                            version = version + 1
                        WHERE anonymised_at IS NULL AND placement_id IN (
                            SELECT i.placement_id FROM evaluation_invitation i WHERE i.created_at < :before)""")
                .setParameter("now", now).setParameter("before", before).executeUpdate();
        // answers whose invitation is gone already (or never existed) go by their own date
        em.createNativeQuery("""
                        UPDATE evaluation_answer SET free_text = NULL, placement_id = NULL, anonymised_at = :now,
                            version = version + 1
                        WHERE anonymised_at IS NULL AND answered_at < :before""")
                .setParameter("now", now).setParameter("before", before).executeUpdate();
        return em.createNativeQuery("DELETE FROM evaluation_invitation WHERE created_at < :before")
                .setParameter("before", before).executeUpdate();
    }
}
