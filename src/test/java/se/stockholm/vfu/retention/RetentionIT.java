package se.stockholm.vfu.retention;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.config.PortalSettings;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.QueryCache;
import se.stockholm.vfu.it.RecruitmentFixtures;
import se.stockholm.vfu.it.RetentionFixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.request.RequestRow;
import se.stockholm.vfu.request.RequestService;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Retention with the default limits (requests and placements 24 months after the term's end, inquiries and
 * notifications 12 months): a term that has aged past the limit loses its students' identity in the records and
 * in their change history, a more recent one keeps it, and the run reports what it did.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    Retention retention;

    @Inject
    RetentionService retentionService;

    @Inject
    RetentionFixtures fixtures;

    @Inject
    RecruitmentFixtures recruitment;

    @Inject
    RunAs runAs;

    @Inject
    Fixtures common;

    @Inject
    RequestService requests;

    @Inject
    QueryCache queryCache;

    @Test
    void aTermPastTheLimitIsAnonymisedInRecordsAndHistoryAndARecentOneIsNot() {
        // what an earlier run of this test left unanonymised (it stopped half-way) must not be counted now
        retention.run(RetentionFixtures.NOW, RetentionReport.SCHEDULED, "system");
        String tag = "rt" + System.nanoTime();
        long old1 = fixtures.request(RetentionFixtures.OLD_TERM, tag + "-old1");
        long old2 = fixtures.request(RetentionFixtures.OLD_TERM, tag + "-old2");
        long recent = fixtures.request(RetentionFixtures.RECENT_TERM, tag + "-new");
        fixtures.touch(old1);
        fixtures.touch(recent);
        long placement = fixtures.cancelledPlacement(old2, tag + "-old2");
        long oldInquiry = fixtures.inquiry(tag + "-iold", RetentionFixtures.LONG_AGO);
        long recentInquiry = fixtures.inquiry(tag + "-inew", RetentionFixtures.LESS_LONG_AGO);
        long oldNotice = fixtures.notification(RetentionFixtures.LONG_AGO, tag);
        long recentNotice = fixtures.notification(RetentionFixtures.LESS_LONG_AGO, tag);
        assertThat(fixtures.count("SELECT COUNT(*) FROM student_request_aud WHERE id = ?1", old1)).isEqualTo(2);

        RetentionReport report = retention.run(RetentionFixtures.NOW, RetentionReport.SCHEDULED, "system");

        assertThat(report.requests()).isEqualTo(2);
        assertThat(report.placements()).isEqualTo(1);
        assertThat(report.inquiries()).isEqualTo(1);
        assertThat(report.notifications()).isEqualTo(1);
        assertThat(report.limits().requestsBefore()).isEqualTo(LocalDate.of(2001, 7, 1));
        assertThat(report.limits().inquiriesBefore()).isEqualTo(LocalDate.of(2002, 7, 1));

        // the old term's students: nothing identifying left in the records ...
        for (long id : List.of(old1, old2)) {
            List<?> row = Arrays.asList((Object[]) fixtures.column("""
                    SELECT student_ref, student_name, student_email, home_university, extra_support_note, notes,
                           anonymised_at FROM student_request WHERE id = ?1""", id).get(0));
            assertThat(row.get(0)).isEqualTo("anon-" + id);
            assertThat(row.get(1)).isEqualTo(Retention.ANONYMISED_NAME);
            assertThat(row.get(2)).isEqualTo("anon-" + id + Retention.ANONYMISED_DOMAIN);
            assertThat(row.subList(3, 6)).containsOnlyNulls();
            assertThat(row.get(6)).isNotNull();
            assertThat(fixtures.count("SELECT COUNT(*) FROM student_request_exclusion WHERE request_id = ?1", id)).isZero();
        }
        // ... nor in their change history, whose rows are all still there
        assertThat(fixtures.count("SELECT COUNT(*) FROM student_request_aud WHERE id = ?1", old1)).isEqualTo(2);
        assertThat(fixtures.count("""
                SELECT COUNT(*) FROM student_request_aud WHERE id IN (?1, ?2) AND (student_name LIKE 'RT Student%'
                OR student_email LIKE '%@rt.example' OR student_ref LIKE 'rt%' OR extra_support_note IS NOT NULL
                OR notes IS NOT NULL OR home_university IS NOT NULL)""", old1, old2)).isZero();
        assertThat(fixtures.count("SELECT COUNT(*) FROM student_request_exclusion_aud WHERE request_id IN (?1, ?2)",
                old1, old2)).isZero();
        assertThat(fixtures.count("SELECT COUNT(*) FROM placement WHERE id = ?1 AND reason IS NULL", placement)).isEqualTo(1);
        assertThat(fixtures.count("SELECT COUNT(*) FROM placement_aud WHERE id = ?1 AND reason IS NOT NULL", placement)).isZero();
        assertThat(fixtures.count("SELECT COUNT(*) FROM placement_event WHERE placement_id = ?1 AND reason IS NOT NULL",
                placement)).isZero();
        assertThat(fixtures.count("""
                SELECT COUNT(*) FROM inquiry WHERE id = ?1 AND student_name = ?2 AND message = ''
                AND home_university IS NULL""", oldInquiry, Retention.ANONYMISED_NAME)).isEqualTo(1);
        assertThat(fixtures.count("""
                SELECT COUNT(*) FROM inquiry_aud WHERE id = ?1 AND (student_name LIKE 'RT%' OR student_email LIKE '%rt-inquiry%'
                OR message LIKE 'RT%')""", oldInquiry)).isZero();
        assertThat(fixtures.count("SELECT COUNT(*) FROM notification WHERE id = ?1", oldNotice)).isZero();

        // the recent term's student and the recent inquiry keep everything, in the record and its history
        assertThat(fixtures.count("""
                SELECT COUNT(*) FROM student_request WHERE id = ?1 AND student_name = ?2 AND notes IS NOT NULL
                AND anonymised_at IS NULL""", recent, "RT Student " + tag + "-new")).isEqualTo(1);
        assertThat(fixtures.count("SELECT COUNT(*) FROM student_request_aud WHERE id = ?1 AND student_name = ?2",
                recent, "RT Student " + tag + "-new")).isEqualTo(2);
        assertThat(fixtures.count("SELECT COUNT(*) FROM student_request_exclusion WHERE request_id = ?1", recent)).isEqualTo(1);
        assertThat(fixtures.count("SELECT COUNT(*) FROM inquiry WHERE id = ?1 AND student_name = ?2",
                recentInquiry, "RT Inquirer " + tag + "-inew")).isEqualTo(1);
        assertThat(fixtures.count("SELECT COUNT(*) FROM inquiry_aud WHERE id = ?1 AND student_name = ?2",
                recentInquiry, "RT Inquirer " + tag + "-inew")).isEqualTo(1);
        assertThat(fixtures.count("SELECT COUNT(*) FROM notification WHERE id = ?1", recentNotice)).isEqualTo(1);

        // nothing is left to do at the same moment: a second run finds nothing
        RetentionReport again = retention.run(RetentionFixtures.NOW, RetentionReport.SCHEDULED, "system");
        assertThat(List.of(again.requests(), again.placements(), again.inquiries(), again.notifications()))
                .containsOnly(0);
    }

    /**
     * Retention changes the records with SQL of its own (native updates, no entities), which Hibernate answers by
     * dropping every cached query: a list read from the query cache before a run shows the anonymised student after it.
     */
    @Test
    void aListReadFromTheQueryCacheBeforeARunShowsTheAnonymisedStudentRightAfterIt() throws Exception {
        retention.run(RetentionFixtures.NOW, RetentionReport.SCHEDULED, "system");
        String tag = "rq" + System.nanoTime();
        long request = fixtures.request(RetentionFixtures.OLD_TERM, tag);
        long term = common.termId(RetentionFixtures.OLD_TERM);
        assertThat(listed(term, request).studentRef()).isEqualTo(tag);
        QueryCache.Counted<RequestRow> again = queryCache.hitsDuring(() -> listed(term, request));
        assertThat(again.result().studentRef()).isEqualTo(tag);
        assertThat(again.hits()).as("the list asked again, from the query cache").isGreaterThanOrEqualTo(2);

        retention.run(RetentionFixtures.NOW, RetentionReport.SCHEDULED, "system");

        RequestRow after = listed(term, request);
        assertThat(after.studentRef()).isEqualTo("anon-" + request);
        assertThat(after.studentName()).isEqualTo(Retention.ANONYMISED_NAME);
    }

    /** The request as the central contact's list of the term shows it. */
    private RequestRow listed(long term, long request) throws Exception {
        return runAs.user(Fixtures.CENTRAL, () -> requests.find(term, PageRequest.of(0, PageRequest.MAX_SIZE))).rows()
                .stream().filter(row -> row.id() == request).findFirst().orElseThrow();
    }

    @Test
    void aCandidateWhoseLastStepIsPastTheLimitLosesNameEmailReferenceAndReasonsAndKeepsTheFunnelsFacts() {
        retention.run(RetentionFixtures.NOW, RetentionReport.SCHEDULED, "system");
        String tag = "rc" + System.nanoTime();
        long post = recruitment.post("SO");
        // last steps on 2001-01-20 (more than 24 months before "now", 2003-07-01) and on 2002-06-11 (less)
        // the old one a former VFU student: the candidacy keeps their reference (here the tag), which goes too
        long student = fixtures.request(RetentionFixtures.OLD_TERM, tag + "-old");
        long old = fixtures.candidate(post, fixtures.cancelledPlacement(student, tag + "-old"), tag + "-old",
                LocalDate.of(2001, 1, 10));
        long recent = fixtures.candidate(post, tag + "-new", LocalDate.of(2002, 6, 1));
        fixtures.withdrawConsent(old);
        assertThat(fixtures.count("SELECT COUNT(*) FROM candidate_aud WHERE id = ?1", old)).isEqualTo(2);
        assertThat(fixtures.count("SELECT COUNT(*) FROM candidate WHERE id = ?1 AND student_ref = ?2", old, tag + "-old"))
                .isEqualTo(1);

        RetentionReport report = retention.run(RetentionFixtures.NOW, RetentionReport.SCHEDULED, "system");

        assertThat(report.candidates()).isEqualTo(1);
        assertThat(fixtures.count("""
                SELECT COUNT(*) FROM candidate WHERE id = ?1 AND name = ?2 AND email IS NULL AND left_reason IS NULL
                AND student_ref IS NULL AND anonymised_at IS NOT NULL""", old, Retention.ANONYMISED_NAME)).isEqualTo(1);
        assertThat(fixtures.count("SELECT COUNT(*) FROM candidate_aud WHERE id = ?1", old))
                .as("the history keeps its rows").isEqualTo(2);
        assertThat(fixtures.count("""
                SELECT COUNT(*) FROM candidate_aud WHERE id = ?1 AND (name LIKE 'RT Candidate%' OR email IS NOT NULL
                OR student_ref IS NOT NULL OR left_reason IS NOT NULL)""", old)).isZero();
        assertThat(fixtures.count("SELECT COUNT(*) FROM candidate_step WHERE candidate_id = ?1 AND reason IS NOT NULL",
                old)).isZero();
        // what the funnel reads stays: the steps, their dates and the last status
        assertThat(fixtures.count("SELECT COUNT(*) FROM candidate_step WHERE candidate_id = ?1", old)).isEqualTo(3);
        assertThat(fixtures.count("SELECT COUNT(*) FROM candidate WHERE id = ?1 AND status = 'WITHDREW' AND status_on = ?2",
                old, LocalDate.of(2001, 1, 20))).isEqualTo(1);

        assertThat(fixtures.count("""
                SELECT COUNT(*) FROM candidate WHERE id = ?1 AND name = ?2 AND email IS NOT NULL
                AND left_reason IS NOT NULL AND anonymised_at IS NULL""", recent, "RT Candidate " + tag + "-new"))
                .isEqualTo(1);
        assertThat(fixtures.count("SELECT COUNT(*) FROM candidate_step WHERE candidate_id = ?1 AND reason IS NOT NULL",
                recent)).isEqualTo(1);

        assertThat(retention.run(RetentionFixtures.NOW, RetentionReport.SCHEDULED, "system").candidates()).isZero();
    }

    @Test
    void theDefaultsAreTwoYearsForStudentsAndOneForInquiriesAndNotifications() throws Exception {
        assertThat(runAs.user(Fixtures.ADMIN, () -> retentionService.rules())).extracting(RetentionRule::months)
                .as("requests, placements, inquiries, notifications, evaluations, trainee-post candidates")
                .containsExactly(24, 24, 12, 12, 24, 24);
    }

    @Test
    void theAdministratorRunsItNowAndSeesWhatEachRunDidOthersAreRefused() throws Exception {
        // "now" is today here: the settings (system properties win over the environment, as on a real server) keep
        // everything for a century, so this run leaves the other tests' past terms alone
        for (PortalSettings.Retention type : PortalSettings.Retention.values()) {
            System.setProperty(type.property(), "1200");
        }
        RetentionReport run;
        try {
            assertThat(runAs.user(Fixtures.ADMIN, () -> retentionService.rules())).extracting(RetentionRule::months)
                    .containsOnly(1200);
            run = runAs.user(Fixtures.ADMIN, () -> retentionService.runNow());
        } finally {
            for (PortalSettings.Retention type : PortalSettings.Retention.values()) {
                System.clearProperty(type.property());
            }
        }
        assertThat(run.runBy()).isEqualTo(Fixtures.ADMIN);
        assertThat(run.trigger()).isEqualTo(RetentionReport.MANUAL);
        assertThat(List.of(run.requests(), run.placements(), run.inquiries(), run.notifications(), run.candidates()))
                .containsOnly(0);

        List<RetentionReport> runs = runAs.user(Fixtures.ADMIN, () -> retentionService.runs(PageRequest.of(0, 5))).rows();
        assertThat(runs.get(0).id()).isEqualTo(run.id());
        assertThat(runs.get(0).runBy()).isEqualTo(Fixtures.ADMIN);

        for (String other : List.of(Fixtures.CENTRAL, Fixtures.SODERMALM, Fixtures.SU)) {
            assertThatThrownBy(() -> runAs.user(other, () -> retentionService.runNow()))
                    .as(other).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> runAs.user(other, () -> retentionService.runs(PageRequest.of(0, 5))))
                    .as(other).isInstanceOf(EJBAccessException.class);
        }
    }
}
