package se.stockholm.vfu.retention;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import se.stockholm.vfu.audit.AuditRevision;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs retention every night at 03:15 (server time). Not persistent: a missed night is caught up by the next one,
 * which anonymises everything past its limit; on several nodes each runs it, and a second run finds nothing left.
 */
@Singleton
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Inject
    private Retention retention;

    @Inject
    private Clock clock;

    // the run has its own transaction, so its failure is caught and logged here rather than failing the timer
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Schedule(hour = "3", minute = "15", persistent = false, info = "retention")
    void nightly() {
        try {
            retention.run(clock.instant(), RetentionReport.SCHEDULED, AuditRevision.SYSTEM);
        } catch (RuntimeException failed) {
            // logged without data: the exception names tables and SQL states, not students
            LOG.log(Level.SEVERE, "The nightly retention run failed; the next night tries again", failed);
        }
    }
}
