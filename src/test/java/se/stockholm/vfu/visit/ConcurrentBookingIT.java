package se.stockholm.vfu.visit;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.ConflictException;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.support.SupportFixtures;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Coordinators of two universities booking the last seat of a visit at the same moment, each in a transaction of its
 * own released together: exactly one wins, the other gets the "fully booked" message, and the visit never holds more
 * bookings than seats.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentBookingIT {

    private static final int ROUNDS = 3;
    /** As many as the server's managed executor runs at once on a small machine. */
    private static final int BOOKERS = 2;

    @Inject
    VisitService visitService;

    @Inject
    SupportFixtures fixtures;

    @Inject
    RunAs runAs;

    @Resource
    ManagedExecutorService executor;

    @Test
    void twoBookingsAtOnceForTheLastSeatOfAVisit() throws Exception {
        long termId = fixtures.term().getId();
        for (int round = 0; round < ROUNDS; round++) {
            // two seats, one already booked: the two bookings race for the last
            long visit = fixtures.newVisit("SO", 2);
            runAs.user(Fixtures.SU, () -> visitService.book(termId, visit, new BookingForm("IT Redan bokad", null, null)));
            CyclicBarrier start = new CyclicBarrier(BOOKERS);
            List<Future<Throwable>> futures = new ArrayList<>();
            for (int i = 0; i < BOOKERS; i++) {
                String user = i % 2 == 0 ? Fixtures.SU : Fixtures.SH;
                String student = "IT Samtidig " + round + "-" + i;
                futures.add(executor.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        runAs.user(user, () -> visitService.book(termId, visit, new BookingForm(student, null, null)));
                        return null;
                    } catch (Exception refused) {
                        return refused;
                    }
                }));
            }
            List<Throwable> outcomes = new ArrayList<>();
            for (Future<Throwable> future : futures) {
                try {
                    outcomes.add(future.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException broken) {
                    throw new AssertionError("the test harness failed", broken.getCause());
                }
            }

            assertThat(outcomes).filteredOn(o -> o == null).as("bookings that got a seat").hasSize(1);
            assertThat(outcomes).filteredOn(o -> o != null).as("the others are told the visit is full")
                    .allSatisfy(refused -> assertThat(refused).isInstanceOf(ConflictException.class)
                            .hasMessage("visit.error.full"));
            assertThat(fixtures.booked(visit)).as("seats counted as booked").isEqualTo(2);
            assertThat(fixtures.bookings(visit)).as("bookings stored").isEqualTo(2);
        }
    }

    @Test
    void aCancelledBookingFreesItsSeatForTheNextBooking() throws Exception {
        long termId = fixtures.term().getId();
        long visit = fixtures.newVisit("SO", 1);
        BookingRow first = runAs.user(Fixtures.SU, () -> visitService.book(termId, visit,
                new BookingForm("IT Först", "it-forst@it.example", null)));
        Throwable full = catchThrowable(() -> runAs.user(Fixtures.SH,
                () -> visitService.book(termId, visit, new BookingForm(null, null, "SH-IT-1"))));
        assertThat(full).isInstanceOf(ConflictException.class).hasMessage("visit.error.full");

        runAs.user(Fixtures.SU, () -> visitService.cancelBooking(termId, first.id(), first.version()));
        runAs.user(Fixtures.SH, () -> visitService.book(termId, visit, new BookingForm(null, null, "SH-IT-1")));

        assertThat(fixtures.booked(visit)).isEqualTo(1);
        assertThat(fixtures.bookings(visit)).isEqualTo(1);
    }
}
