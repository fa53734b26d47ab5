package se.stockholm.vfu.recruitment;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RecruitmentFixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.notification.NotificationTestSupport;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.stockholm.vfu.recruitment.CandidateStatus.APPLIED;
import static se.stockholm.vfu.recruitment.CandidateStatus.HIRED;
import static se.stockholm.vfu.recruitment.CandidateStatus.INTERVIEWED;
import static se.stockholm.vfu.recruitment.CandidateStatus.LEFT;
import static se.stockholm.vfu.recruitment.CandidateStatus.TRAINEE;

/**
 * Recruitment through its services as real users: the funnel of a cohort of the test's own against figures counted by
 * hand, as the central contact, a district and a university (with "fewer than 5"); a former VFU student added from
 * their placement and moved to a hire with every step kept; the notice to the district of the VFU; staff turnover.
 */
@ExtendWith(ArquillianExtension.class)
class RecruitmentServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    RunAs runAs;

    @Inject
    RecruitmentFixtures fixtures;

    @Inject
    CandidateService candidates;

    @Inject
    FunnelService funnel;

    @Inject
    TurnoverService turnover;

    @Inject
    TurnoverImport turnoverImport;

    @Inject
    NotificationTestSupport notifications;

    @Inject
    Fixtures reference;

    /**
     * The cohort: 7 SU students in Södermalm, 3 SH students in Rinkeby-Kista. SU: 6 became trainees, 5 were hired, 3
     * of them are still employed 12 months on (one left after 6 months), and one was hired a month ago, so whether
     * Södermalm's (and SU's and the city's) hires stay is not known yet. SH: 1 trainee, hired, still employed (a
     * candidate for two posts, counted once), 1 only interested, 1 nothing.
     * By hand: city 10 → 7 → 6 → not yet known; Södermalm 7 → 6 → 5 → not yet known; Rinkeby-Kista 3 → 1 → 1 → 1;
     * SU as Södermalm, SH as Rinkeby-Kista.
     */
    private String cohort() throws Exception {
        String term = fixtures.freshTerm();
        long so = fixtures.post("SO");
        long rk = fixtures.post("RK");
        LocalDate longAgo = LocalDate.now(StockholmTime.ZONE).minusYears(3);
        CandidateStatus[] hire = {APPLIED, INTERVIEWED, TRAINEE, HIRED};
        for (int i = 1; i <= 7; i++) {
            long placement = fixtures.completedPlacement(term, "SO", "SU", "IT Kull SU " + i + " " + term);
            if (i <= 3) {
                fixtures.candidate(so, placement, longAgo, hire, new int[] {1, 2, 30, 200});
            } else if (i == 4) {
                fixtures.candidate(so, placement, longAgo, new CandidateStatus[] {TRAINEE, HIRED, LEFT},
                        new int[] {30, 200, 380});
            } else if (i == 5) {
                fixtures.candidate(so, placement, LocalDate.now(StockholmTime.ZONE).minusMonths(8), new CandidateStatus[] {TRAINEE, HIRED},
                        new int[] {10, 200});
            } else if (i == 6) {
                fixtures.candidate(so, placement, longAgo, new CandidateStatus[] {TRAINEE}, new int[] {30});
            }
        }
        for (int i = 1; i <= 3; i++) {
            long placement = fixtures.completedPlacement(term, "RK", "SH", "IT Kull SH " + i + " " + term);
            if (i == 1) {
                fixtures.candidate(rk, placement, longAgo, hire, new int[] {1, 2, 30, 100});
                fixtures.candidate(so, placement, longAgo, new CandidateStatus[] {APPLIED}, new int[] {1});
            } else if (i == 2) {
                fixtures.candidate(rk, placement, longAgo, new CandidateStatus[0], new int[0]);
            }
        }
        return term;
    }

    private static List<Integer> figures(FunnelRow row) {
        return java.util.Arrays.asList(row.students().count(), row.trainees().count(), row.hires().count(),
                row.retained12().count());
    }

    private static FunnelRow row(List<FunnelRow> rows, String term, String type, String name) {
        return rows.stream().filter(r -> r.cohort().equals(term) && r.groupType().equals(type)
                && (name == null || name.equals(r.groupName()))).findFirst().orElseThrow();
    }

    @Test
    void theFunnelOfACohortIsWhatWasCountedByHandForEachRole() throws Exception {
        String term = cohort();
        List<FunnelRow> central = runAs.user(Fixtures.CENTRAL, () -> funnel.funnel());
        assertThat(figures(row(central, term, FunnelRow.CITY, null))).containsExactly(10, 7, 6, null);
        assertThat(figures(row(central, term, FunnelRow.DISTRICT, "Södermalm"))).containsExactly(7, 6, 5, null);
        assertThat(figures(row(central, term, FunnelRow.DISTRICT, "Rinkeby-Kista"))).containsExactly(3, 1, 1, 1);
        assertThat(figures(row(central, term, FunnelRow.UNIVERSITY, "SU"))).containsExactly(7, 6, 5, null);
        assertThat(figures(row(central, term, FunnelRow.UNIVERSITY, "SH"))).containsExactly(3, 1, 1, 1);
        assertThat(List.of(row(central, term, FunnelRow.CITY, null), row(central, term, FunnelRow.DISTRICT, "Södermalm"),
                row(central, term, FunnelRow.UNIVERSITY, "SU"))).extracting(FunnelRow::retained12)
                .as("one hire's 12 months are not over: not a count, and not 'fewer than 5'")
                .containsOnly(FunnelCell.NOT_YET_KNOWN);

        List<FunnelRow> district = runAs.user(Fixtures.SODERMALM, () -> funnel.funnel());
        assertThat(district.stream().filter(r -> r.cohort().equals(term)))
                .as("a district sees the city and itself").extracting(FunnelRow::groupName)
                .containsExactly(null, "Södermalm");

        List<FunnelRow> su = runAs.user(Fixtures.SU, () -> funnel.funnel());
        assertThat(su).as("a university sees only its own students").allMatch(r -> r.groupType().equals(FunnelRow.UNIVERSITY)
                && r.groupName().equals("SU"));
        FunnelRow suRow = row(su, term, FunnelRow.UNIVERSITY, "SU");
        assertThat(figures(suRow)).containsExactly(7, 6, 5, null);
        assertThat(suRow.retained12()).isEqualTo(FunnelCell.NOT_YET_KNOWN);
        FunnelRow sh = row(runAs.user(Fixtures.SH, () -> funnel.funnel()), term, FunnelRow.UNIVERSITY, "SH");
        assertThat(List.of(sh.students(), sh.trainees(), sh.hires(), sh.retained12()))
                .allMatch(c -> c.suppressed() && c.count() == null);
    }

    @Test
    void aDistrictAddsAFormerVfuStudentAndTakesThemToAHireWithEveryStepKept() throws Exception {
        String term = fixtures.sharedTerm();
        String name = "IT Recruit " + UUID.randomUUID();
        long placement = fixtures.completedPlacement(term, "SO", "SU", name);
        long post = fixtures.post("SO");
        List<FormerStudentRow> found = runAs.user(Fixtures.SODERMALM, () -> candidates.formerStudents(
                new PageRequest(0, 10, null, true, Map.of("text", name.substring(10))))).rows();
        assertThat(found).extracting(FormerStudentRow::placementId).containsExactly(placement);
        assertThat(runAs.user(Fixtures.RINKEBY, () -> candidates.formerStudents(
                new PageRequest(0, 10, null, true, Map.of("text", name.substring(10))))).rows())
                .as("another district finds a student by the full name only").isEmpty();
        assertThat(runAs.user(Fixtures.RINKEBY, () -> candidates.formerStudents(
                new PageRequest(0, 10, null, true, Map.of("text", name)))).rows()).hasSize(1);

        CandidateForm form = new CandidateForm();
        form.setPlacementId(placement);
        long id = runAs.user(Fixtures.SODERMALM, () -> candidates.addCandidate(post, form));
        assertThatThrownBy(() -> runAs.user(Fixtures.SODERMALM, () -> candidates.addCandidate(post, form)))
                .isInstanceOf(InvalidInputException.class).hasMessage("recruitment.error.alreadyCandidate");
        LocalDate today = LocalDate.now(StockholmTime.ZONE);
        for (CandidateStatus next : List.of(APPLIED, INTERVIEWED, TRAINEE, HIRED)) {
            runAs.userCommitting(Fixtures.SODERMALM, () -> {
                CandidateRow row = candidates.getCandidate(id);
                candidates.move(id, new StepForm(row.version(), next, today, null));
            });
        }
        CandidateRow hired = runAs.user(Fixtures.CENTRAL, () -> candidates.getCandidate(id));
        assertThat(hired.status()).isEqualTo(HIRED);
        assertThat(hired.placementId()).as("the link to the placement is kept").isEqualTo(placement);
        assertThat(hired.vfuTermCode()).isEqualTo(term);
        List<StepRow> steps = runAs.user(Fixtures.SODERMALM, () -> candidates.steps(id));
        assertThat(steps).extracting(StepRow::status).containsExactly(CandidateStatus.INTERESTED, APPLIED, INTERVIEWED,
                TRAINEE, HIRED);
        assertThat(steps).extracting(StepRow::changedBy).containsOnly(Fixtures.SODERMALM);
        assertThatThrownBy(() -> runAs.user(Fixtures.SODERMALM, () -> {
            candidates.move(id, new StepForm(hired.version(), LEFT, today, null));
        })).isInstanceOf(InvalidInputException.class).hasMessage("recruitment.error.reasonRequired");
    }

    @Test
    void applyingToAnotherDistrictsPostTellsTheDistrictOfTheVfuOnlyWithConsent() throws Exception {
        String term = fixtures.sharedTerm();
        String agreed = "IT Samtycke " + UUID.randomUUID();
        String notAgreed = "IT Inget samtycke " + UUID.randomUUID();
        long withConsent = fixtures.completedPlacement(term, "SO", "SU", agreed);
        long without = fixtures.completedPlacement(term, "SO", "SU", notAgreed);
        long rinkebyPost = fixtures.post("RK");
        for (long placement : List.of(withConsent, without)) {
            CandidateForm form = new CandidateForm();
            form.setPlacementId(placement);
            form.setConsentNotify(placement == withConsent);
            long id = runAs.user(Fixtures.CENTRAL, () -> candidates.addCandidate(rinkebyPost, form));
            runAs.userCommitting(Fixtures.RINKEBY, () -> {
                LocalDate today = LocalDate.now(StockholmTime.ZONE);
                candidates.move(id, new StepForm(candidates.getCandidate(id).version(), APPLIED, today, null));
            });
        }
        assertThat(notifications.recipientsOf(agreed)).as("Södermalm's contacts are told").contains(Fixtures.SODERMALM)
                .doesNotContain(Fixtures.RINKEBY);
        assertThat(notifications.recipientsOf(notAgreed)).isEmpty();
    }

    @Test
    void turnoverIsEnteredByTheDistrictForItselfAndTheCitysTotalIsTheSumOfThreeDistrictsOrMore() throws Exception {
        int year = freeYear();
        TurnoverRow so = runAs.user(Fixtures.SODERMALM, () -> turnover.save(
                new TurnoverForm(null, year, StaffGroup.CASE_WORKER, 40, 10, 4, versionOf(Fixtures.SODERMALM, year), null)));
        assertThat(so.rate()).isEqualByComparingTo("25.0");
        assertThatThrownBy(() -> runAs.user(Fixtures.SODERMALM, () -> turnover.save(new TurnoverForm(
                fixturesDistrict("RK"), year, StaffGroup.CASE_WORKER, 40, 10, 4, null, null))))
                .isInstanceOf(se.stockholm.vfu.common.AccessDeniedException.class);
        // the city's figures are the central contact's to enter: saying "city" no longer saves them as one's own
        assertThatThrownBy(() -> runAs.user(Fixtures.SODERMALM, () -> turnover.save(new TurnoverForm(
                null, year, StaffGroup.SOCIAL_SECRETARY, 40, 10, 4, null, true))))
                .isInstanceOf(se.stockholm.vfu.common.AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL, () -> turnover.save(new TurnoverForm(
                fixturesDistrict("RK"), year, StaffGroup.SOCIAL_SECRETARY, 40, 10, 4, null, true))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("recruitment.error.cityOrDistrict"));
        runAs.user(Fixtures.RINKEBY, () -> turnover.save(
                new TurnoverForm(null, year, StaffGroup.CASE_WORKER, 60, 5, 0, versionOf(Fixtures.RINKEBY, year), null)));
        TurnoverRow total = cityTotal(Fixtures.CENTRAL, year).orElseThrow();
        assertThat(total.summed()).as("no figure was reported for the whole city that year").isTrue();
        assertThat(total.permanentStaff()).isEqualTo(100);
        assertThat(total.left()).isEqualTo(15);
        assertThat(total.rate()).isEqualByComparingTo("15.0");
        // from a sum of two districts either could take its own away and read the other's figures
        assertThat(cityTotal(Fixtures.SODERMALM, year)).as("the sum of two districts, to one of them").isEmpty();
        runAs.user(Fixtures.CENTRAL, () -> turnover.save(
                new TurnoverForm(fixturesDistrict("BR"), year, StaffGroup.CASE_WORKER, 50, 5, 1, null, null)));
        assertThat(cityTotal(Fixtures.SODERMALM, year)).as("the sum of three districts, to one of them")
                .hasValueSatisfying(sum -> assertThat(sum.left()).isEqualTo(20));
        assertThat(runAs.user(Fixtures.RINKEBY, () -> turnover.rows(null)))
                .as("a district reads only its own figures").allMatch(r -> "Rinkeby-Kista".equals(r.scopeName()));
        assertThatThrownBy(() -> runAs.user(Fixtures.SU, () -> turnover.rows(null)))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
    }

    /** Figures are of this year or one gone by: a later year is refused, typed, over the API or in a file. */
    @Test
    void turnoverOfAYearAfterThisOneIsRefused() throws Exception {
        int thisYear = LocalDate.now(StockholmTime.ZONE).getYear();
        assertThatThrownBy(() -> runAs.user(Fixtures.RINKEBY, () -> turnover.save(new TurnoverForm(null, thisYear + 1,
                StaffGroup.SOCIAL_SECRETARY, 40, 4, 0, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getField()).isEqualTo("year");
                    assertThat(e.getMessageKey()).isEqualTo("recruitment.error.futureYear");
                });
        byte[] file = ("stadsdel,år,yrkesgrupp,tillsvidareanställda,slutat\n"
                + "RK," + (thisYear - 1) + ",socialsekreterare,40,4\n"
                + "RK," + (thisYear + 5) + ",socialsekreterare,40,4\n").getBytes(StandardCharsets.UTF_8);
        TurnoverImport.Result imported = runAs.user(Fixtures.RINKEBY, () -> turnoverImport.importFile("figures.csv", file));
        assertThat(imported.saved()).as("all rows or none").isZero();
        assertThat(imported.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(3);
            assertThat(error.column()).isEqualTo("year");
            assertThat(error.messageKey()).isEqualTo("recruitment.error.futureYear");
        });
        assertThat(runAs.user(Fixtures.RINKEBY, () -> turnover.rows(null))).noneMatch(r -> r.year() > thisYear);

        TurnoverRow current = runAs.user(Fixtures.RINKEBY, () -> turnover.save(new TurnoverForm(null, thisYear,
                StaffGroup.SOCIAL_SECRETARY, 40, 4, 0, versionOf(Fixtures.RINKEBY, thisYear, StaffGroup.SOCIAL_SECRETARY), null)));
        assertThat(current.year()).as("this year is fine").isEqualTo(thisYear);
    }

    /**
     * A year gone by (figures come once a year has begun), before the demo's years (2013-2018, the city's among them),
     * with no case-worker figures yet: the test database outlives a local run.
     */
    private int freeYear() throws Exception {
        Set<Integer> used = runAs.user(Fixtures.CENTRAL, () -> turnover.rows(null)).stream()
                .filter(r -> r.group() == StaffGroup.CASE_WORKER).map(TurnoverRow::year).collect(Collectors.toSet());
        return IntStream.rangeClosed(2000, 2012).filter(y -> !used.contains(y)).findAny()
                .orElseThrow(() -> new IllegalStateException("no free year left: rm -rf target/it-data-*"));
    }

    /** The city's case-worker figure of the year as the user reads it, if they may read one. */
    private Optional<TurnoverRow> cityTotal(String user, int year) throws Exception {
        return runAs.user(user, () -> turnover.cityTotals()).stream()
                .filter(r -> r.year() == year && r.group() == StaffGroup.CASE_WORKER).findFirst();
    }

    private Long versionOf(String user, int year) throws Exception {
        return versionOf(user, year, StaffGroup.CASE_WORKER);
    }

    private Long versionOf(String user, int year, StaffGroup group) throws Exception {
        return runAs.user(user, () -> turnover.rows(null)).stream()
                .filter(r -> r.year() == year && r.group() == group).map(TurnoverRow::version)
                .findFirst().orElse(null);
    }

    private long fixturesDistrict(String code) {
        return reference.districtId(code);
    }
}
