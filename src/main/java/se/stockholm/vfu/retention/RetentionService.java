package se.stockholm.vfu.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.config.PortalSettings;
import se.stockholm.vfu.evaluation.EvaluationRetention;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The administrator's view of retention: the rules in force, the runs so far, and running it now. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class RetentionService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PortalSettings settings;

    @Inject
    private EvaluationRetention evaluationRetention;

    @Inject
    private Retention retention;

    @Inject
    private Clock clock;

    /** Runs retention now, as the signed-in administrator; the run is recorded like the nightly one. */
    public RetentionReport runNow() {
        return retention.run(clock.instant(), RetentionReport.MANUAL, requireAdmin().username());
    }

    /** Each data type's months and the date before which its data goes today. */
    public List<RetentionRule> rules() {
        requireAdmin();
        Instant now = clock.instant();
        RetentionLimits limits = RetentionLimits.at(now, settings);
        return List.of(
                new RetentionRule("requests", settings.retentionMonths(PortalSettings.Retention.REQUESTS), limits.requestsBefore()),
                new RetentionRule("placements", settings.retentionMonths(PortalSettings.Retention.PLACEMENTS), limits.placementsBefore()),
                new RetentionRule("inquiries", settings.retentionMonths(PortalSettings.Retention.INQUIRIES), limits.inquiriesBefore()),
                new RetentionRule("notifications", settings.retentionMonths(PortalSettings.Retention.NOTIFICATIONS),
                        limits.notificationsBefore()),
                new RetentionRule("evaluations", settings.retentionMonths(PortalSettings.Retention.EVALUATIONS),
                        evaluationRetention.before(now)),
                new RetentionRule("candidates", settings.retentionMonths(PortalSettings.Retention.CANDIDATES),
                        LocalDate.now(clock)
                                .minusMonths(settings.retentionMonths(PortalSettings.Retention.CANDIDATES))));
    }

    /** One page of runs, newest first. */
    public Page<RetentionReport> runs(@NotNull PageRequest page) {
        requireAdmin();
        List<RetentionReport> rows = em.createQuery("SELECT r FROM RetentionRun r ORDER BY r.id DESC", RetentionRun.class)
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList()
                .stream().map(RetentionRun::toReport).toList();
        long total = em.createQuery("SELECT COUNT(r) FROM RetentionRun r", Long.class).getSingleResult();
        return new Page<>(rows, total);
    }

    /** The container checked the role the session started with; this checks the user's role now. */
    private Caller requireAdmin() {
        Caller caller = currentUser.get();
        if (caller.role() != Role.ADMIN) {
            throw new AccessDeniedException();
        }
        return caller;
    }
}
