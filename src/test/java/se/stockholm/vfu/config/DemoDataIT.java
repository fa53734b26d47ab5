package se.stockholm.vfu.config;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.common.SwedishWorkingDays;
import se.stockholm.vfu.inquiry.InquiryRow;
import se.stockholm.vfu.inquiry.InquiryService;
import se.stockholm.vfu.inquiry.InquiryStatus;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.notification.NotificationRow;
import se.stockholm.vfu.notification.NotificationService;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's shop window looks like the city's data: people with ordinary names, each record made by a user who exists
 * and may make it, meetings on working days, a plausible number of candidates per trainee post, and nothing personal
 * left past the retention limit. The tests share the database with every other test, so these look only at the
 * demo's own records: those of its terms (2023–2027; the tests' own terms are 2001, 2020–2021 and 2050 on), its
 * staff (at its e-mail domain), its trainee posts (dated around today; the tests' are 2050 on) and its network events
 * (written at start-up, by the system). The embedded default only: MariaDB has no demo.
 */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

    private static final String DEMO_TERMS = "SELECT t.id FROM term t WHERE t.term_year BETWEEN 2022 AND 2027";
    private static final String DEMO_DOMAIN = "%@demo.vfu.stockholm.se";
    /** The demo's students' e-mail domain (requests and inquiries); the tests' students have others. */
    private static final String DEMO_STUDENTS = "@student.demo.se";
    /** A trainee post of the demo's, not one the tests made (on units of their own, named "IT …"). */
    private static final String ON_DEMO_UNITS = "tp.unit_id NOT IN (SELECT u.id FROM unit u WHERE u.name LIKE 'IT %')";
    private static final String EXISTS = "(SELECT username FROM app_user UNION SELECT 'system' FROM app_user)";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Resource(lookup = "java:jboss/datasources/VfuDS")
    DataSource dataSource;

    @Inject
    InquiryService inquiryService;

    @Inject
    NotificationService notificationService;

    @Inject
    RunAs runAs;

    private final LocalDate today = LocalDate.now(StockholmTime.ZONE);

    @BeforeEach
    void theEmbeddedDemoIsThere() throws SQLException {
        assertThat(column("SELECT username FROM app_user WHERE username = 'sodermalm'"))
                .as("the embedded default's demo data (the pom leaves this test out of the MariaDB run, which has none)")
                .isNotEmpty();
    }

    @Test
    void supervisorsAndUnitManagersHaveOrdinaryNamesEachOnceInTheirDistrict() throws SQLException {
        assertThat(strings("SELECT s.name FROM supervisor s WHERE s.email LIKE ?", DEMO_DOMAIN))
                .as("the demo's supervisors").isNotEmpty()
                .allSatisfy(name -> assertThat(name).as("a person's name, not a role")
                        .doesNotContainIgnoringCase("handledare").doesNotContain("Södermalm"));
        assertThat(column("""
                SELECT CONCAT(u.district_id, ' ', s.name) FROM supervisor s JOIN unit u ON u.id = s.unit_id
                WHERE s.email LIKE ? GROUP BY u.district_id, s.name HAVING COUNT(*) > 1""", DEMO_DOMAIN))
                .as("a district's supervisor list (the place dialog's) names nobody twice").isEmpty();
        assertThat(strings("SELECT u.name FROM unit u WHERE u.contact_email LIKE ?", DEMO_DOMAIN))
                .as("the demo's units").isNotEmpty()
                .allSatisfy(name -> assertThat(name).as("a unit's name, not a term's").doesNotContain("(HT)", "(VT)"));
        assertThat(strings("SELECT u.contact_name FROM unit u WHERE u.contact_email LIKE ?", DEMO_DOMAIN))
                .allSatisfy(name -> assertThat(name).as("the contact is a person")
                        .doesNotStartWith("Kontakt ").doesNotStartWith("Enhetschef "));
    }

    @Test
    void concernsAreRaisedByTheStudentsUniversityOrThePlacementsDistrict() throws SQLException {
        String concerns = """
                SELECT CONCAT(c.placement_id, ' ', c.raised_by) FROM placement_concern c
                JOIN placement p ON p.id = c.placement_id LEFT JOIN app_user a ON a.username = c.raised_by
                WHERE p.term_id IN (%s) AND (a.id IS NULL
                  OR c.raised_by_role = 'DISTRICT' AND (a.role <> 'DISTRICT' OR a.district_id <> p.district_id)
                  OR c.raised_by_role = 'UNIVERSITY' AND (a.role <> 'UNIVERSITY' OR a.university_id <> p.university_id))"""
                .formatted(DEMO_TERMS);
        assertThat(column("SELECT c.id FROM placement_concern c JOIN placement p ON p.id = c.placement_id"
                + " WHERE p.term_id IN (" + DEMO_TERMS + ")")).as("the demo has concerns").hasSizeGreaterThanOrEqualTo(2);
        assertThat(column(concerns)).as("concerns raised by someone who may not raise them").isEmpty();
        assertThat(column("""
                SELECT CONCAT(m.placement_id, ' ', m.changed_by) FROM placement_meeting m
                JOIN placement p ON p.id = m.placement_id LEFT JOIN app_user a ON a.username = m.changed_by
                WHERE p.term_id IN (%s) AND a.role IN ('DISTRICT', 'UNIVERSITY')
                AND NOT (a.district_id = p.district_id OR a.university_id = p.university_id)""".formatted(DEMO_TERMS)))
                .as("meetings set by another district's or university's user").isEmpty();
    }

    @Test
    void everyDemoRecordWasMadeByAUserWhoExistsOrByTheSystem() throws SQLException {
        List<Object> strangers = new ArrayList<>();
        String demoPlacements = "SELECT p.id FROM placement p WHERE p.term_id IN (" + DEMO_TERMS + ")";
        String demoPosts = "SELECT tp.id FROM trainee_post tp WHERE tp.period_start BETWEEN ? AND ? AND " + ON_DEMO_UNITS;
        Object[] window = {today.minusYears(4), today.plusYears(2)};
        strangers.addAll(column("SELECT CONCAT('placement ', changed_by) FROM placement WHERE id IN (" + demoPlacements
                + ") AND changed_by NOT IN " + EXISTS));
        strangers.addAll(column("SELECT CONCAT('placement event ', changed_by) FROM placement_event WHERE placement_id IN ("
                + demoPlacements + ") AND changed_by NOT IN " + EXISTS));
        strangers.addAll(column("SELECT CONCAT('request ', changed_by) FROM student_request WHERE term_id IN ("
                + DEMO_TERMS + ") AND changed_by NOT IN " + EXISTS));
        strangers.addAll(column("SELECT CONCAT('concern ', COALESCE(handled_by, raised_by)) FROM placement_concern"
                + " WHERE placement_id IN (" + demoPlacements + ") AND (raised_by NOT IN " + EXISTS
                + " OR handled_by NOT IN " + EXISTS + ")"));
        strangers.addAll(column("SELECT CONCAT('training ', c.changed_by) FROM supervisor_training_change c"
                + " JOIN supervisor s ON s.id = c.supervisor_id WHERE s.email LIKE ? AND c.changed_by NOT IN " + EXISTS,
                DEMO_DOMAIN));
        strangers.addAll(column("SELECT CONCAT('trainee post ', changed_by) FROM trainee_post WHERE id IN (" + demoPosts
                + ") AND changed_by NOT IN " + EXISTS, window));
        strangers.addAll(column("SELECT CONCAT('candidate step ', s.changed_by) FROM candidate_step s"
                + " JOIN candidate c ON c.id = s.candidate_id WHERE c.post_id IN (" + demoPosts + ")"
                + " AND s.changed_by NOT IN " + EXISTS, window));
        strangers.addAll(column("SELECT CONCAT('inquiry ', forwarded_by, ' ', COALESCE(closed_by, '')) FROM inquiry"
                + " WHERE student_email LIKE ? AND (forwarded_by NOT IN " + EXISTS + " OR closed_by NOT IN " + EXISTS + ")",
                "%" + DEMO_STUDENTS));
        assertThat(strangers).as("made by users who do not exist").isEmpty();
    }

    @Test
    void aTraineePostHasAFewCandidatesForEachPlaceWithStepsAroundItsPeriod() throws SQLException {
        List<List<Object>> posts = rows("""
                SELECT tp.id, tp.posts, tp.period_start, tp.period_end,
                  (SELECT COUNT(*) FROM candidate c WHERE c.post_id = tp.id),
                  (SELECT COUNT(*) FROM candidate c WHERE c.post_id = tp.id AND c.trainee_on IS NOT NULL),
                  (SELECT MIN(s.step_on) FROM candidate_step s JOIN candidate c ON c.id = s.candidate_id
                   WHERE c.post_id = tp.id),
                  (SELECT MAX(s.step_on) FROM candidate_step s JOIN candidate c ON c.id = s.candidate_id
                   WHERE c.post_id = tp.id)
                FROM trainee_post tp WHERE tp.period_start BETWEEN ? AND ? AND\s""" + ON_DEMO_UNITS,
                today.minusYears(4), today.plusYears(2));
        assertThat(posts).as("the demo's trainee posts").isNotEmpty();
        assertThat(posts.stream().mapToLong(p -> number(p.get(5))).sum()).as("the funnel has trainees").isPositive();
        for (List<Object> post : posts) {
            long places = number(post.get(1));
            LocalDate start = date(post.get(2));
            assertThat(number(post.get(4))).as("candidates of post %s with %d places", post.get(0), places)
                    .isLessThanOrEqualTo(4 * places);
            assertThat(number(post.get(5))).as("trainees of post %s with %d places", post.get(0), places)
                    .isLessThanOrEqualTo(places);
            if (post.get(6) != null) {
                assertThat(date(post.get(6))).as("first step of post %s starting %s", post.get(0), start)
                        .isAfterOrEqualTo(start.minusMonths(6));
                assertThat(date(post.get(7))).as("last step of post %s", post.get(0))
                        .isBeforeOrEqualTo(today);
            }
        }
    }

    @Test
    void networkEventsMeetingsAndVisitsFallOnWorkingDays() throws SQLException {
        List<List<Object>> events = rows("""
                SELECT e.title, e.starts_at, e.agenda FROM network_event e
                WHERE e.starts_at BETWEEN ? AND ? AND EXISTS (SELECT 1 FROM network_event_aud a
                  JOIN revinfo r ON r.rev = a.rev WHERE a.id = e.id AND a.revtype = 0 AND r.username = 'system')""",
                today.minusYears(5).atStartOfDay(), today.plusYears(1).atStartOfDay());
        assertThat(events).as("the demo's network events").hasSizeGreaterThanOrEqualTo(10);
        for (List<Object> event : events) {
            // An instant on H2 is written through the session's zone, the JVM's (common.JdbcInstants): read back as
            // wall-clock time in that zone, not in UTC
            ZonedDateTime startsAt = ((LocalDateTime) event.get(1)).atZone(ZoneId.systemDefault())
                    .withZoneSameInstant(StockholmTime.ZONE);
            assertThat(startsAt.toLocalTime()).as("%s starts at the full hour the demo gave it, in Stockholm", event.get(0))
                    .isIn(LocalTime.of(9, 0), LocalTime.of(13, 0));
            LocalDate day = startsAt.toLocalDate();
            assertThat(SwedishWorkingDays.isWorkingDay(day)).as("%s on %s (%s)", event.get(0), day, day.getDayOfWeek())
                    .isTrue();
            if (day.getMonthValue() >= 8) {
                assertThat((String) event.get(2)).as("%s on %s plans the next training, not the one begun", event.get(0),
                        day).doesNotContain("höstens handledarutbildning");
            }
        }
        List<List<Object>> meetings = rows("SELECT m.placement_id, m.meeting_at FROM placement_meeting m"
                + " JOIN placement p ON p.id = m.placement_id WHERE p.term_id IN (" + DEMO_TERMS + ")");
        assertThat(meetings).as("the demo's three-way meetings").isNotEmpty();
        for (List<Object> meeting : meetings) {
            LocalDate day = ((LocalDateTime) meeting.get(1)).toLocalDate();
            assertThat(SwedishWorkingDays.isWorkingDay(day)).as("meeting of placement %s on %s (%s)", meeting.get(0), day,
                    day.getDayOfWeek()).isTrue();
        }
        for (Object visit : column("SELECT v.visit_date FROM observation_visit v WHERE v.term_id IN (" + DEMO_TERMS
                + ")")) {
            LocalDate day = date(visit);
            assertThat(SwedishWorkingDays.isWorkingDay(day)).as("observation visit on %s", day).isTrue();
        }
    }

    @Test
    void finishedTermsPastTheRetentionLimitKeepTheirFiguresButNoStudentsNames() throws SQLException {
        String old = "SELECT t.id FROM term t WHERE t.term_year BETWEEN 2022 AND 2027 AND t.vfu_end < ?";
        LocalDate limit = today.minusMonths(24);
        assertThat(column("SELECT r.id FROM student_request r WHERE r.term_id IN (" + old + ")", limit))
                .as("the old terms' requests are still counted (the trend)").hasSizeGreaterThan(80);
        assertThat(column("SELECT r.student_name FROM student_request r WHERE r.term_id IN (" + old + ")"
                + " AND (r.student_name <> 'Anonymiserad' OR r.student_email NOT LIKE 'anon-%')", limit))
                .as("names left in requests past the limit").isEmpty();
        assertThat(column("SELECT a.student_name FROM student_request_aud a WHERE a.term_id IN (" + old + ")"
                + " AND (a.student_name <> 'Anonymiserad' OR a.student_email NOT LIKE 'anon-%')", limit))
                .as("names left in their history").isEmpty();
        assertThat(column("SELECT r.id FROM student_request r JOIN term t ON t.id = r.term_id"
                + " WHERE t.code = 'VT2027' AND r.student_name <> 'Anonymiserad'"))
                .as("the open term's requests keep their names").isNotEmpty();
    }

    /** The term selector and the trend charts show every term from the first to the open one, none left out. */
    @Test
    void theDemosTermsFollowEachOtherWithoutAGap() throws SQLException {
        List<String> codes = strings("SELECT t.code FROM term t WHERE t.term_year BETWEEN 2022 AND 2027"
                + " ORDER BY t.vfu_start");
        assertThat(codes).as("the demo's terms").startsWith("VT2023").endsWith("VT2027");
        List<String> consecutive = new ArrayList<>();
        for (int year = 2023; year <= 2027; year++) {
            consecutive.add("VT" + year);
            if (year < 2027) {
                consecutive.add("HT" + year);
            }
        }
        assertThat(codes).as("a term after each other, spring and autumn").isEqualTo(consecutive);
    }

    /** The open term's requests were sent before the demo started, not on a day still to come (its deadline's week). */
    @Test
    void noDemoRequestWasChangedInTheFuture() throws SQLException {
        assertThat(column("""
                SELECT r.student_ref FROM student_request r WHERE r.changed_at > CURRENT_TIMESTAMP
                AND r.student_email LIKE ?""", "%" + DEMO_STUDENTS))
                .as("demo requests last changed after the demo started").isEmpty();
    }

    @Test
    void noSupervisorHasMoreStudentsInATermThanTheyCanTake() throws SQLException {
        assertThat(column("""
                SELECT CONCAT(p.term_id, ' ', s.name, ' ', COUNT(*), '/', s.max_students) FROM placement p
                JOIN supervisor s ON s.id = p.supervisor_id JOIN term t ON t.id = p.term_id
                WHERE t.term_year BETWEEN 2022 AND 2026 AND t.status = 'CLOSED' AND s.email LIKE ?
                AND p.status IN ('CONFIRMED', 'STARTED', 'COMPLETED', 'INTERRUPTED')
                GROUP BY p.term_id, s.id, s.name, s.max_students HAVING COUNT(*) > s.max_students""", DEMO_DOMAIN))
                .as("supervisors with more students in a finished term than their maximum").isEmpty();
    }

    /**
     * Students' inquiries are on each demo login's inquiries page from the first start, in its scope only (a district its
     * own, a university those forwarded to it), in every status; a coordinator has an unread notice of one waiting.
     */
    @Test
    void eachDemoLoginSeesTheStudentsInquiriesInItsScopeInEveryStatus() throws Exception {
        Set<InquiryStatus> statuses = EnumSet.noneOf(InquiryStatus.class);
        for (Map.Entry<String, String> district : Map.of("sodermalm", "Södermalm", "rinkeby", "Rinkeby-Kista").entrySet()) {
            demoInquiries(district.getKey(), InquiryRow::districtName, district.getValue())
                    .forEach(row -> statuses.add(row.status()));
        }
        for (Map.Entry<String, String> university : Map.of("su", "SU", "sh", "SH").entrySet()) {
            List<InquiryRow> rows = demoInquiries(university.getKey(), InquiryRow::universityCode, university.getValue());
            rows.forEach(row -> statuses.add(row.status()));
            List<String> waiting = rows.stream().filter(row -> row.status() == InquiryStatus.FORWARDED)
                    .map(row -> row.receivedOn().toString()).toList();
            List<NotificationRow> unread = runAs.user(university.getKey(), DemoData.DEMO_PASSWORD,
                    () -> notificationService.find(new PageRequest(0, PageRequest.MAX_SIZE, null, true,
                            Map.of("unread", "true")), Locale.forLanguageTag("sv")).rows());
            assertThat(unread).as("%s's unread notices", university.getKey()).anySatisfy(notice -> {
                assertThat(notice.subject()).startsWith("Ny förfrågan från en student via");
                assertThat(waiting).as("the inquiries waiting for %s", university.getKey()).anyMatch(notice.body()::contains);
            });
        }
        assertThat(statuses).as("the statuses the demo logins see").containsExactlyInAnyOrder(InquiryStatus.values());
    }

    /** The demo shows a notice of a request the central contact changed, to SU's coordinator, linking to the request. */
    @Test
    void suIsToldOfARequestTheCentralContactChanged() throws Exception {
        List<NotificationRow> notices = runAs.user("su", DemoData.DEMO_PASSWORD,
                () -> notificationService.find(new PageRequest(0, PageRequest.MAX_SIZE, null, true, Map.of()),
                        Locale.forLanguageTag("sv")).rows());
        assertThat(notices).anySatisfy(notice -> {
            assertThat(notice.subject()).startsWith("Förfrågan ändrad: ");
            assertThat(notice.body()).startsWith("Den centrala VFU-kontakten har ändrat er förfrågan");
            assertThat(notice.link()).startsWith("/university/request.xhtml?id=").endsWith("&term=VT2027");
        });
    }

    /** The demo's own inquiries the login sees, after checking that all it sees, the demo's or not, is in its scope. */
    private List<InquiryRow> demoInquiries(String login, Function<InquiryRow, String> scope, String expected)
            throws Exception {
        assertThat(inquiriesOf(login, Map.of())).as("%s's inquiries", login)
                .allSatisfy(row -> assertThat(scope.apply(row)).isEqualTo(expected));
        List<InquiryRow> demo = inquiriesOf(login, Map.of("text", DEMO_STUDENTS));
        assertThat(demo).as("the demo's inquiries %s sees", login).isNotEmpty()
                .allSatisfy(row -> assertThat(scope.apply(row)).isEqualTo(expected));
        return demo;
    }

    private List<InquiryRow> inquiriesOf(String login, Map<String, String> filter) throws Exception {
        return runAs.user(login, DemoData.DEMO_PASSWORD, () -> inquiryService.find(
                new PageRequest(0, PageRequest.MAX_SIZE, null, true, filter)).rows());
    }

    private List<String> strings(String sql, Object... parameters) throws SQLException {
        return column(sql, parameters).stream().map(String::valueOf).toList();
    }

    private List<Object> column(String sql, Object... parameters) throws SQLException {
        return rows(sql, parameters).stream().map(row -> row.get(0)).toList();
    }

    private List<List<Object>> rows(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        Object value = result.getObject(c);
                        row.add(value instanceof java.sql.Timestamp t ? t.toLocalDateTime()
                                : value instanceof java.sql.Date d ? d.toLocalDate() : value);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate day ? day : LocalDate.parse(value.toString());
    }
}
