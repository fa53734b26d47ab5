package se.stockholm.vfu.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import se.stockholm.vfu.audit.AuditRevision;
import se.stockholm.vfu.retention.Retention;
import se.stockholm.vfu.retention.RetentionReport;

import java.time.Clock;

/**
 * Leaves the new demo as the city's data would be: once every demo writer has run, retention runs once, as the
 * nightly job would have, so the finished terms past their limits (VT2023 and on) hold no students' names, e-mail
 * addresses or free texts, in the records or their history, from the first start on. The figures stay, as they do
 * after any run; the run shows on the administrator's retention page like a nightly one.
 */
@Singleton
@Startup
@DependsOn({"DemoData", "DemoHistory", "DemoSupport", "DemoNetwork", "DemoRecruitment", "DemoEvaluations",
        "DemoInquiries"})
public class DemoRetention {

    @EJB
    private DemoData demoData;

    @Inject
    private Retention retention;

    @Inject
    private Clock clock;

    @PostConstruct
    void runIfDemoWasLoaded() {
        if (demoData.wasLoadedNow()) {
            retention.run(clock.instant(), RetentionReport.SCHEDULED, AuditRevision.SYSTEM);
        }
    }
}
