package se.stockholm.vfu.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import se.stockholm.vfu.audit.AuditActor;

import java.util.logging.Logger;

/**
 * Gives the demo a change history to look at on first start: after the demo data (written as 'system'), a few
 * changes as the demo users who would have made them, each in its own transaction and so its own revision.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class DemoHistory {

    private static final Logger LOG = Logger.getLogger(DemoHistory.class.getName());

    @EJB
    private DemoData demoData;

    @EJB
    private DemoHistoryWriter writer;

    // no transaction here: each writer call is one, so each user's changes are a revision of their own
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void writeIfDemoWasLoaded() {
        if (!demoData.wasLoadedNow()) {
            return;
        }
        try {
            AuditActor.as("sodermalm", () -> {
                writer.districtUpdatesItsOffer();
                return null;
            });
            AuditActor.as("central", () -> {
                writer.centralUpdatesAUnitsContact();
                return null;
            });
            AuditActor.as("central", () -> {
                writer.centralChangesARequest();
                return null;
            });
            AuditActor.as("su", () -> {
                writer.universityWithdrawsARequest();
                return null;
            });
        } catch (Exception failed) {
            throw new IllegalStateException("the demo history could not be written", failed);
        }
        LOG.info("Demo change history written");
    }
}
