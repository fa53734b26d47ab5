package se.stockholm.vfu.network;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.ConflictException;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.placement.PlacementLifecycleService;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The introduction day's list follows the placements (computed when read; the mailed students kept in step by the
 * placement-change listener), each reader sees only their own students, and attendance is recorded after an event
 * and summed over the years.
 */
@ExtendWith(ArquillianExtension.class)
class NetworkEventsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    RunAs runAs;

    @Inject
    NetworkEventService events;

    @Inject
    PlacementLifecycleService placements;

    @Inject
    NetworkFixtures fixtures;

    @Test
    void theIntroductionDaysListFollowsAPlacementChange() throws Exception {
        long day = introductionDay();
        runAs.userCommitting(Fixtures.CENTRAL, () -> events.sendInvitations(day));
        String name = "IT Nätverk Student " + UUID.randomUUID().toString().substring(0, 6);
        long[] placed = runAs.userCommitting(Fixtures.CENTRAL, () -> fixtures.placeStudent("SU", name));

        assertThat(names(Fixtures.CENTRAL, day)).contains(name);
        assertThat(names(Fixtures.SU, day)).as("the student's university").contains(name);
        assertThat(names(Fixtures.RINKEBY, day)).as("the district the student is placed in").contains(name);
        assertThat(names(Fixtures.SH, day)).as("another university").doesNotContain(name);
        assertThat(names(Fixtures.SODERMALM, day)).as("another district").doesNotContain(name);
        assertThat(fixtures.mailed(day)).as("the new student was mailed the invitation").contains(placed[1]);
        assertThat(runAs.user(Fixtures.CENTRAL, () -> events.get(day)).invitees())
                .as("the student's university is invited").anyMatch(i -> "SU".equals(i.name()));

        runAs.userCommitting(Fixtures.CENTRAL, () -> {
            placements.cancel(fixtures.termId(NetworkFixtures.INTRO_TERM), placed[0], fixtures.placementVersion(placed[0]),
                    "IT: återkallad");
        });

        assertThat(names(Fixtures.CENTRAL, day)).doesNotContain(name);
        assertThat(names(Fixtures.SU, day)).doesNotContain(name);
        assertThat(fixtures.mailed(day)).as("the cancelled student was told and is off the mailed list")
                .doesNotContain(placed[1]);
    }

    @Test
    void aTermHasOneIntroductionDay() throws Exception {
        introductionDay();
        EventForm second = form(EventKind.INTRODUCTION_DAY, "IT Andra introduktionsdagen", LocalDate.of(2056, 1, 18));
        second.setTermId(fixtures.termId(NetworkFixtures.INTRO_TERM));
        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL, () -> events.create(second)))
                .isInstanceOf(ConflictException.class).hasMessage("network.error.introductionExists");
    }

    @Test
    void attendanceIsRecordedAfterTheEventAndSummedPerDistrictAndYear() throws Exception {
        String title = "IT Nätverk närvaro " + UUID.randomUUID().toString().substring(0, 6);
        EventForm past = form(EventKind.NETWORK_MEETING, title, LocalDate.of(2025, 3, 12));
        past.setAllUniversities(false);
        long id = runAs.userCommitting(Fixtures.CENTRAL, () -> events.create(past));
        EventRow row = runAs.user(Fixtures.CENTRAL, () -> events.get(id));
        long so = row.invitees().stream().filter(i -> "Södermalm".equals(i.name())).findFirst().orElseThrow().id();
        long rk = row.invitees().stream().filter(i -> "Rinkeby-Kista".equals(i.name())).findFirst().orElseThrow().id();
        List<AttendanceTable.Line> before = runAs.user(Fixtures.CENTRAL, () -> events.attendance());

        runAs.userCommitting(Fixtures.CENTRAL, () -> {
            events.recordAttendance(id, new AttendanceForm(row.version(), List.of(new AttendanceForm.Mark(so,
                    Attendance.ATTENDED), new AttendanceForm.Mark(rk, Attendance.ABSENT))));
        });

        EventRow after = runAs.user(Fixtures.CENTRAL, () -> events.get(id));
        assertThat(after.attendedCount()).isEqualTo(1);
        List<AttendanceTable.Line> lines = runAs.user(Fixtures.CENTRAL, () -> events.attendance());
        assertThat(attended(lines, "Södermalm") - attended(before, "Södermalm")).isEqualTo(1);
        assertThat(attended(lines, "Rinkeby-Kista") - attended(before, "Rinkeby-Kista")).isZero();
        assertThat(line(lines, "Rinkeby-Kista").year(2025).invited()).isGreaterThan(0);
        assertThat(runAs.user(Fixtures.RINKEBY, () -> events.get(id)).invitees())
                .as("attendance is the central contact's").allMatch(i -> i.attendance() == null);
    }

    @Test
    void attendanceBeforeTheEventIsRefused() throws Exception {
        EventForm future = form(EventKind.WORKSHOP, "IT Workshop framtid", LocalDate.of(2058, 6, 1));
        long id = runAs.userCommitting(Fixtures.CENTRAL, () -> events.create(future));
        EventRow row = runAs.user(Fixtures.CENTRAL, () -> events.get(id));
        long invitee = row.invitees().get(0).id();
        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL, () -> {
            events.recordAttendance(id, new AttendanceForm(row.version(), List.of(new AttendanceForm.Mark(invitee,
                    Attendance.ATTENDED))));
        })).isInstanceOf(InvalidInputException.class).hasMessage("network.error.attendanceBeforeEvent");
    }

    private long introductionDay() throws Exception {
        EventForm form = form(EventKind.INTRODUCTION_DAY, "IT Introduktionsdag " + NetworkFixtures.INTRO_TERM,
                LocalDate.of(2056, 1, 17));
        form.setTermId(fixtures.termId(NetworkFixtures.INTRO_TERM));
        try {
            return runAs.userCommitting(Fixtures.CENTRAL, () -> events.create(form));
        } catch (ConflictException exists) {
            return fixtures.eventId(form.getTitle());
        }
    }

    private List<String> names(String user, long day) throws Exception {
        return runAs.user(user, () -> events.students(day)).stream().map(IntroductionStudent::studentName).toList();
    }

    static EventForm form(EventKind kind, String title, LocalDate date) {
        EventForm form = new EventForm();
        form.setKind(kind);
        form.setTitle(title);
        form.setDate(date);
        form.setStartTime(LocalTime.of(9, 0));
        form.setEndTime(LocalTime.of(12, 0));
        form.setPlace("IT Stadshuset");
        return form;
    }

    private static AttendanceTable.Line line(List<AttendanceTable.Line> lines, String name) {
        return lines.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    private static int attended(List<AttendanceTable.Line> lines, String name) {
        return lines.stream().filter(l -> l.name().equals(name)).mapToInt(l -> l.total().attended()).sum();
    }
}
