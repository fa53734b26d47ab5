package se.stockholm.vfu.overview;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.it.DashboardFixtures;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The dashboard's figures against hand-worked expectations on {@link DashboardFixtures} (see its comment for the
 * data), per role and scope: the city for the central contact, Skarpnäck beside the city for its contact and
 * nothing of Farsta, SU's own students for its coordinator; reminders only from the central contact.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    DashboardService dashboardService;

    @Inject
    DashboardFixtures fixtures;

    @Inject
    Fixtures common;

    @Inject
    RunAs runAs;

    @Inject
    UserTransaction transaction;

    long term;

    @BeforeEach
    void data() {
        fixtures.ensure();
        term = fixtures.termId(DashboardFixtures.TERM);
    }

    @Test
    void theCentralContactSeesTheCityPipelineBreakdownsAndWhatAwaits() throws Exception {
        Dashboard city = runAs.user(Fixtures.CENTRAL, () -> dashboardService.city(term));

        assertThat(city.scope()).isEqualTo(Dashboard.CITY);
        assertThat(city.target()).isEqualTo(100);
        assertThat(city.pipeline()).isEqualTo(new Pipeline(7, 6, 6, 5, 3, 3, 1, 1, 1));
        assertThat(city.pipeline().placed()).isEqualTo(3);
        // a, b, c, d, f are in the pool (e was interrupted): a, b and d keep their places, f goes anywhere, but c asked
        // only for Skarpnäck, which declined her: at most 4
        assertThat(city.ceiling()).isEqualTo(4);
        assertThat(city.byDistrict()).hasSize(13);
        assertThat(line(city.byDistrict(), "SK")).isEqualTo(new Breakdown(common.districtId("SK"), "SK", "Skarpnäck",
                4L, 4L, 3, 1));
        assertThat(line(city.byDistrict(), "FA")).isEqualTo(new Breakdown(common.districtId("FA"), "FA", "Farsta",
                3L, 1L, 0, 0));
        assertThat(city.notReported()).hasSize(11).extracting(Party::code).doesNotContain("SK", "FA");
        assertThat(city.noRequests()).extracting(Party::code).containsExactly("ESBH");
        assertThat(line(city.byUniversity(), "SU")).extracting(Breakdown::requests, Breakdown::placed,
                Breakdown::completed).containsExactly(4L, 2L, 1L);
        assertThat(line(city.byUniversity(), "SH")).extracting(Breakdown::requests, Breakdown::placed,
                Breakdown::completed).containsExactly(2L, 1L, 0L);
        assertThat(line(city.byArea(), "BOU")).extracting(Breakdown::reported, Breakdown::placed, Breakdown::completed)
                .containsExactly(4L, 3L, 1L);
        assertThat(line(city.byArea(), "EKB")).extracting(Breakdown::reported, Breakdown::placed, Breakdown::completed)
                .containsExactly(3L, 0L, 0L);
        // figures that do not apply are null (left out of the JSON), never a number such as -1
        assertThat(city.byArea()).extracting(Breakdown::requests).as("requests by area of work").containsOnlyNulls();
        assertThat(city.byUniversity()).extracting(Breakdown::reported).as("places reported by a university")
                .containsOnlyNulls();
        TrainingCoverage skarpnack = city.training().stream().filter(t -> t.code().equals("SK")).findFirst().orElseThrow();
        // s1 supervises a (completed), s2 supervises b (started): two supervising, one of them trained
        assertThat(skarpnack.supervising()).isEqualTo(2);
        assertThat(skarpnack.supervisingTrainedOrEnrolled()).isEqualTo(1);
        assertThat(skarpnack.supervisingPercent()).isEqualTo(50);
        assertThat(skarpnack.supervisors()).isGreaterThanOrEqualTo(3);
        assertThat(skarpnack.trainedOrEnrolled()).isGreaterThanOrEqualTo(2);
        assertThat(city.todos()).filteredOn(t -> t.termCode().equals(DashboardFixtures.TERM))
                .extracting(Todo::key, Todo::count)
                .contains(tuple("dashboard.todo.unanswered", 1L),
                        tuple("dashboard.todo.notPublished", 1L));
        assertThat(city.todos()).as("a published or closed term awaits no run")
                .filteredOn(t -> t.key().equals("dashboard.todo.notRun"))
                .extracting(Todo::termCode).doesNotContain(DashboardFixtures.TERM, DashboardFixtures.PAST_TERM);
        List<TrendPoint> trend = city.trend();
        assertThat(trend).last().isEqualTo(new TrendPoint("HT2042", 100, 7L, 6, 3, 1));
        assertThat(trend).filteredOn(p -> p.termCode().equals(DashboardFixtures.PAST_TERM))
                .containsExactly(new TrendPoint("VT2042", 100, 2L, 1, 1, 1));
        assertThat(city.deadlines()).extracting(Deadline::key).containsExactly("dashboard.deadline.reporting",
                "dashboard.deadline.requests", "dashboard.deadline.vfuStart", "dashboard.deadline.vfuEnd");
    }

    /** An open term whose request deadline has passed and that has no allocation run awaits the central contact's run. */
    @Test
    void anOpenTermPastItsRequestDeadlineAwaitsTheRun() throws Exception {
        transaction.begin();
        try {
            fixtures.openTermAwaitingItsRun();
            Dashboard city = runAs.user(Fixtures.CENTRAL, () -> dashboardService.city(term));

            assertThat(city.todos()).filteredOn(t -> t.termCode().equals(DashboardFixtures.NOT_RUN_TERM))
                    .extracting(Todo::key, Todo::count, Todo::link)
                    .containsExactly(tuple("dashboard.todo.notRun", 1L, "/central/allocation.xhtml"));
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aDistrictSeesItsOwnFiguresBesideTheCityTotalAndNoOtherDistrict() throws Exception {
        long skarpnack = common.districtId("SK");
        Dashboard own = runAs.user(DashboardFixtures.SKARPNACK, () -> dashboardService.district(term, skarpnack));

        assertThat(own.scope()).isEqualTo(Dashboard.DISTRICT);
        assertThat(own.scopeName()).isEqualTo("Skarpnäck");
        assertThat(own.pipeline()).isEqualTo(new Pipeline(4, 4, 4, 4, 3, 3, 1, 1, 1));
        // the city's total without f's proposal: the central contact has not published it, no district sees it
        assertThat(own.cityPipeline()).isEqualTo(new Pipeline(7, 6, 5, 5, 3, 3, 1, 1, 1));
        assertThat(own.byDistrict()).extracting(Breakdown::code).containsExactly("SK", Breakdown.CITY);
        assertThat(own.byDistrict().get(1)).extracting(Breakdown::reported, Breakdown::requests, Breakdown::placed)
                .containsExactly(7L, 5L, 3L);
        assertThat(own.training()).extracting(TrainingCoverage::code).containsExactly("SK");
        assertThat(own.byArea()).extracting(Breakdown::code).containsExactly("BOU");
        assertThat(own.notReported()).isEmpty();
        assertThat(own.ceiling()).isNull();
        assertThat(own.trend()).last().isEqualTo(new TrendPoint("HT2042", 100, 4L, 4, 3, 1));
        assertThat(own.toString()).doesNotContain("Farsta");
        assertThat(runAs.user(DashboardFixtures.SKARPNACK, () -> dashboardService.forCaller(term)).scopeName())
                .isEqualTo("Skarpnäck");

        Dashboard farsta = runAs.user(DashboardFixtures.FARSTA, () -> dashboardService.forCaller(term));
        // d offered; f proposed there but not published, so not in Farsta's placements list nor counted (it was 2)
        assertThat(farsta.pipeline()).isEqualTo(new Pipeline(3, 1, 1, 1, 0, 0, 0, 0, 0));
        assertThat(farsta.cityPipeline()).isEqualTo(own.cityPipeline());
        assertThat(farsta.todos()).filteredOn(t -> t.termCode().equals(DashboardFixtures.TERM))
                .extracting(Todo::key, Todo::count, Todo::link)
                .containsExactlyInAnyOrder(tuple("dashboard.todo.answerOffers", 1L,
                                "/placements.xhtml"),
                        tuple("dashboard.todo.nameSupervisors", 3L, "/district/places.xhtml"));

        assertThatThrownBy(() -> runAs.user(DashboardFixtures.SKARPNACK,
                () -> dashboardService.district(term, common.districtId("FA"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user(DashboardFixtures.SKARPNACK, () -> dashboardService.city(term)))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aUniversitySeesItsOwnStudentsOnly() throws Exception {
        long su = common.universityId("SU");
        Dashboard own = runAs.user(Fixtures.SU, () -> dashboardService.university(term, su));

        assertThat(own.scope()).isEqualTo(Dashboard.UNIVERSITY);
        // the city's 7 places for context; SU's requests a, b, c, d; a and b placed, c declined, d offered
        assertThat(own.pipeline()).isEqualTo(new Pipeline(7, 4, 4, 4, 2, 2, 1, 1, 0));
        assertThat(own.byUniversity()).singleElement().extracting(Breakdown::code).isEqualTo("SU");
        assertThat(own.byDistrict()).extracting(Breakdown::code, Breakdown::placed, Breakdown::completed)
                .containsExactlyInAnyOrder(tuple("SK", 2L, 1L),
                        tuple("FA", 0L, 0L));
        assertThat(own.training()).isEmpty();
        assertThat(own.trend()).last().isEqualTo(new TrendPoint("HT2042", 100, null, 4, 2, 1));
        assertThat(own.byDistrict()).extracting(Breakdown::reported, Breakdown::requests).as("not the university's")
                .containsOnly(tuple(null, null));
        assertThat(own.byUniversity()).extracting(Breakdown::reported).containsOnlyNulls();
        assertThat(own.toString()).doesNotContain("Södertörn");

        // SH's e was interrupted in Skarpnäck; f's proposal in Farsta is not published: SH sees neither it nor Farsta
        Dashboard sh = runAs.user(Fixtures.SH, () -> dashboardService.forCaller(term));
        assertThat(sh.pipeline()).isEqualTo(new Pipeline(7, 2, 1, 1, 1, 1, 0, 0, 1));
        assertThat(sh.byDistrict()).extracting(Breakdown::code, Breakdown::placed).containsExactly(tuple("SK", 1L));

        assertThatThrownBy(() -> runAs.user(Fixtures.SU,
                () -> dashboardService.university(term, common.universityId("SH"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.SU,
                () -> dashboardService.district(term, common.districtId("SK"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    /**
     * SU's c was declined: until a new placement is published she waits for one from the coordinator's view, whose
     * list and figures leave an unpublished proposal out. The central contact's to-dos count that proposal as theirs.
     */
    @Test
    void aDeclinedStudentWithOnlyAnUnpublishedProposalStillAwaitsTheUniversity() throws Exception {
        long su = common.universityId("SU");
        assertThat(declinedTodo(runAs.user(Fixtures.SU, () -> dashboardService.university(term, su))))
                .as("c, declined in Skarpnäck").containsExactly(1L);
        transaction.begin();
        try {
            fixtures.proposeDeclinedAgain(false);
            assertThat(declinedTodo(runAs.user(Fixtures.SU, () -> dashboardService.university(term, su))))
                    .as("c proposed again, not published").containsExactly(1L);
            assertThat(runAs.user(Fixtures.CENTRAL, () -> dashboardService.city(term)).todos())
                    .as("the central contact's: f's and c's proposals to publish")
                    .filteredOn(t -> t.termCode().equals(DashboardFixtures.TERM))
                    .extracting(Todo::key, Todo::count)
                    .contains(tuple("dashboard.todo.notPublished", 2L));
        } finally {
            transaction.rollback();
        }
        transaction.begin();
        try {
            fixtures.proposeDeclinedAgain(true);
            assertThat(declinedTodo(runAs.user(Fixtures.SU, () -> dashboardService.university(term, su))))
                    .as("c offered a new placement").isEmpty();
        } finally {
            transaction.rollback();
        }
        transaction.begin();
        try {
            fixtures.proposeDeclinedAgain(true, true);
            assertThat(declinedTodo(runAs.user(Fixtures.SU, () -> dashboardService.university(term, su))))
                    .as("c declined twice is one student awaiting a placement").containsExactly(1L);
        } finally {
            transaction.rollback();
        }
    }

    private static List<Long> declinedTodo(Dashboard dashboard) {
        return dashboard.todos().stream()
                .filter(t -> t.termCode().equals(DashboardFixtures.TERM) && t.key().equals("dashboard.todo.declined"))
                .map(Todo::count).toList();
    }

    @Test
    void theCentralContactRemindsThoseWhoHaveNotReportedAndOthersMayNot() throws Exception {
        long past = fixtures.termId(DashboardFixtures.PAST_TERM);
        long farsta = common.districtId("FA");
        long before = fixtures.notices(DashboardFixtures.FARSTA, "notice.remindPlaces.subject");

        assertThat(runAs.user(Fixtures.CENTRAL, () -> dashboardService.remindDistrict(past, farsta))).isTrue();
        assertThat(fixtures.notices(DashboardFixtures.FARSTA, "notice.remindPlaces.subject")).isEqualTo(before + 1);

        // Skarpnäck has reported for HT2042: nothing is sent
        long skarpnackBefore = fixtures.notices(DashboardFixtures.SKARPNACK, "notice.remindPlaces.subject");
        assertThat(runAs.user(Fixtures.CENTRAL, () -> dashboardService.remindDistrict(term, common.districtId("SK"))))
                .isFalse();
        assertThat(fixtures.notices(DashboardFixtures.SKARPNACK, "notice.remindPlaces.subject")).isEqualTo(skarpnackBefore);
        assertThat(runAs.user(Fixtures.CENTRAL, () -> dashboardService.remindUniversity(term,
                common.universityId("ESBH")))).isTrue();

        assertThatThrownBy(() -> runAs.user(DashboardFixtures.SKARPNACK,
                () -> dashboardService.remindDistrict(past, farsta))).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.SU,
                () -> dashboardService.remindUniversity(term, common.universityId("ESBH"))))
                .isInstanceOf(EJBAccessException.class);
        assertThat(fixtures.notices(DashboardFixtures.FARSTA, "notice.remindPlaces.subject")).isEqualTo(before + 1);
    }

    private static Breakdown line(List<Breakdown> lines, String code) {
        return lines.stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }
}
