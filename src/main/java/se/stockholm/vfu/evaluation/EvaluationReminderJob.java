package se.stockholm.vfu.evaluation;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the evaluation reminders every hour at :20 (server time). Not persistent: a missed hour is caught up by the
 * next; each invitation is reminded once ({@link EvaluationService#sendReminders}), so on several nodes, or run twice,
 * nothing goes twice (the invitations due are locked while they are reminded).
 */
@Singleton
public class EvaluationReminderJob {

    private static final Logger LOG = Logger.getLogger(EvaluationReminderJob.class.getName());

    @Inject
    private EvaluationService evaluations;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Schedule(hour = "*", minute = "20", persistent = false, info = "evaluation reminders")
    void hourly() {
        try {
            evaluations.sendReminders(clock.instant());
        } catch (RuntimeException failed) {
            LOG.log(Level.SEVERE, "Sending evaluation reminders failed; the next hour tries again", failed);
        }
    }
}
