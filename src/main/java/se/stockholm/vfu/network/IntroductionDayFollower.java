package se.stockholm.vfu.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import se.stockholm.vfu.common.DatabaseOutage;
import se.stockholm.vfu.placement.PlacementChanged;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the introduction day's invitations up to date: after a placement change has committed (published offers,
 * a confirmation, a decline, a cancellation or a withdrawal), the term's introduction day is compared with the
 * placements in a transaction of its own, so that a failure here never undoes the placement change.
 */
@ApplicationScoped
public class IntroductionDayFollower {

    private static final Logger LOG = Logger.getLogger(IntroductionDayFollower.class.getName());

    @Inject
    private NetworkEventService events;

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlacementChanged change) {
        try {
            events.placementsChanged(change.termCode());
        } catch (RuntimeException failed) {
            // logged here: the EJB container does not (wildfly-config/60-logging.cli); an outage as one line
            if (DatabaseOutage.isCause(failed)) {
                LOG.warning(() -> "The introduction day of " + change.termCode() + " could not follow a placement"
                        + " change: the database is out of reach (" + DatabaseOutage.reason(failed) + ")");
            } else {
                LOG.log(Level.SEVERE, failed, () -> "The introduction day of " + change.termCode()
                        + " could not follow a placement change");
            }
        }
    }
}
