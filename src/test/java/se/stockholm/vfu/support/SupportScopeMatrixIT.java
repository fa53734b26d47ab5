package se.stockholm.vfu.support;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.it.Causes;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.scope.ScopeMatrix;
import se.stockholm.vfu.visit.BookingForm;
import se.stockholm.vfu.visit.BookingRow;
import se.stockholm.vfu.visit.VisitRow;
import se.stockholm.vfu.visit.VisitService;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The scope matrix of meetings, concerns, visits and bookings through the services (role x record x operation):
 * each case on fresh records of its own; a refusal is the stated one (403 for the role, 404 outside the scope) and
 * leaves the records as they were; a list shows the record exactly to those who may read it.
 */
@ExtendWith(ArquillianExtension.class)
class SupportScopeMatrixIT {

    @Inject
    SupportService supportService;

    @Inject
    VisitService visitService;

    @Inject
    SupportFixtures fixtures;

    @Inject
    RunAs runAs;

    /**
     * Generated cases run in the server, so one test that collects every case's failure (dynamic tests would run on
     * the client, where nothing is injected): one run lists every hole.
     */
    @Test
    void everyCallerGetsExactlyItsScopeOfEveryRecordThroughTheServices() {
        List<SupportScopeMatrix.Case> cases = SupportScopeMatrix.cases(ScopeMatrix.SUPPORT);
        List<String> failures = new ArrayList<>();
        for (SupportScopeMatrix.Case c : cases) {
            try {
                check(c);
            } catch (AssertionError | Exception failed) {
                failures.add(c + ": " + failed.getMessage());
            }
        }
        assertThat(failures).as("every one of " + cases.size() + " cases").isEmpty();
    }

    /**
     * Found in exploratory testing: meetings on 1900-01-01 and 2999-12-31 were saved. The meeting's day is one of the
     * VFU period (HT2060: 2060-08-30 to 2061-01-14), its first and last day included; outside it is refused beside
     * the date and time, and the meeting stays as it was.
     */
    @Test
    void aMeetingOutsideTheVfuPeriodIsRefusedBesideItsDateAndTime() throws Exception {
        SupportFixtures.Scenario s = fixtures.scenario();
        SupportFixtures.State before = state(s);
        for (LocalDateTime outside : List.of(LocalDateTime.of(1900, 1, 1, 10, 0), LocalDateTime.of(2999, 12, 31, 10, 0),
                SupportFixtures.VFU_START.minusDays(1).atTime(23, 59), SupportFixtures.VFU_END.plusDays(1).atStartOfDay())) {
            Throwable refused = catchThrowable(() -> runAs.user(Fixtures.SU, () -> supportService.saveMeeting(
                    s.placementId(), new MeetingForm(before.meetingVersion(), "IT Lärare", outside, "Rum 3", false))));
            assertThat(refused).as(outside.toString()).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                assertThat(e.getField()).isEqualTo("meetingAt");
                assertThat(e.getArguments()).containsExactly(SupportFixtures.TERM, SupportFixtures.VFU_START,
                        SupportFixtures.VFU_END);
            });
            assertThat(state(s)).as(outside + ": unchanged").isEqualTo(before);
        }
        for (LocalDateTime inside : List.of(SupportFixtures.VFU_START.atStartOfDay(), SupportFixtures.VFU_END.atTime(23, 59))) {
            long version = runAs.user(Fixtures.SU, () -> supportService.meeting(s.placementId())).version();
            MeetingRow saved = runAs.user(Fixtures.SU, () -> supportService.saveMeeting(s.placementId(),
                    new MeetingForm(version, "IT Lärare", inside, "Rum 3", false)));
            assertThat(saved.meetingAt()).isEqualTo(inside);
        }
    }

    private void check(SupportScopeMatrix.Case c) throws Exception {
        SupportFixtures.Scenario s = fixtures.scenario();
        SupportFixtures.State before = state(s);
        Object[] result = new Object[1];
        Throwable thrown = catchThrowable(() -> result[0] = runAs.user(c.who().username, attempt(c.op(), s)));
        int status = thrown == null ? 200 : Causes.refusalStatus(thrown);
        if (c.op().operation().equals("list")) {
            assertThat(status).as(c + ": a list answers").isEqualTo(200);
            boolean listed = ((Page<?>) result[0]).rows().stream().anyMatch(row -> idOf(row) == id(c.op(), s));
            assertThat(listed ? 200 : 404).as(c + ": listed").isEqualTo(c.expected());
            return;
        }
        assertThat(status).as(c + " (" + thrown + ")").isEqualTo(c.expected());
        if (c.expected() != 200) {
            assertThat(state(s)).as(c + ": unchanged").isEqualTo(before);
        } else if (c.op().change()) {
            assertThat(state(s)).as(c + ": changed").isNotEqualTo(before);
        }
    }

    private Callable<Object> attempt(SupportScopeMatrix.Op op, SupportFixtures.Scenario s) {
        // newest first, so the scenario's records are on the first page however many earlier runs left behind
        PageRequest newest = new PageRequest(0, PageRequest.MAX_SIZE, null, false, Map.of());
        PageRequest student = new PageRequest(0, PageRequest.MAX_SIZE, null, false, Map.of("text", s.studentName()));
        return switch (op.record() + "." + op.operation()) {
            case "meeting.read" -> () -> supportService.meeting(s.placementId());
            case "meeting.change" -> () -> supportService.saveMeeting(s.placementId(), new MeetingForm(
                    supportService.meeting(s.placementId()).version(), "IT Ny lärare", LocalDateTime.of(2060, 9, 20, 13, 0),
                    "Rum 3", true));
            case "concern.read" -> () -> supportService.concern(s.concernId());
            case "concern.list" -> () -> supportService.find(s.termId(), student);
            case "concern.raise" -> () -> supportService.raise(s.placementId(), new ConcernForm("IT: ny farhåga"));
            case "concern.handle" -> () -> supportService.handle(s.concernId(), 0L);
            case "visit.read" -> () -> visitService.visit(s.termId(), s.visitId());
            case "visit.list" -> () -> visitService.findVisits(s.termId(), newest);
            case "visit.book" -> () -> visitService.book(s.termId(), s.visitId(), new BookingForm("IT Bokad", null, null));
            case "booking.read" -> () -> visitService.booking(s.termId(), s.bookingId());
            case "booking.list" -> () -> visitService.findBookings(s.termId(), newest);
            case "booking.cancel" -> () -> {
                visitService.cancelBooking(s.termId(), s.bookingId(), 0L);
                return null;
            };
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    private static long id(SupportScopeMatrix.Op op, SupportFixtures.Scenario s) {
        return switch (op.record()) {
            case "concern" -> s.concernId();
            case "visit" -> s.visitId();
            default -> s.bookingId();
        };
    }

    private static long idOf(Object row) {
        if (row instanceof ConcernRow concern) {
            return concern.id();
        }
        if (row instanceof VisitRow visit) {
            return visit.id();
        }
        return ((BookingRow) Objects.requireNonNull(row)).id();
    }

    private SupportFixtures.State state(SupportFixtures.Scenario s) {
        return fixtures.state(s.placementId(), s.concernId(), s.visitId(), s.bookingId());
    }
}
