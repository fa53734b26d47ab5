package se.stockholm.vfu.visit;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.support.SupportFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A page or URL works in one term: a visit or booking of another term is not found there, and is not changed. */
@ExtendWith(ArquillianExtension.class)
class VisitServiceIT {

    @Inject
    VisitService visitService;

    @Inject
    SupportFixtures fixtures;

    @Inject
    Fixtures portal;

    @Inject
    RunAs runAs;

    @Test
    void aVisitOrBookingOfAnotherTermIsNotFound() throws Exception {
        long termId = fixtures.term().getId();
        long other = portal.termId(Fixtures.PAST_TERM);
        long visit = fixtures.newVisit("SO", 2);
        BookingRow booking = runAs.user(Fixtures.SU, () -> visitService.book(termId, visit,
                new BookingForm("IT Annan termin", null, null)));

        for (String user : new String[] {Fixtures.SU, Fixtures.CENTRAL}) {
            assertThatThrownBy(() -> runAs.user(user, () -> visitService.visit(other, visit)))
                    .as(user).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> runAs.user(user, () -> visitService.booking(other, booking.id())))
                    .as(user).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> runAs.user(user, () -> visitService.cancelBooking(other, booking.id(), booking.version())))
                    .as(user).isInstanceOf(NotFoundException.class);
        }

        assertThat(runAs.user(Fixtures.SU, () -> visitService.booking(termId, booking.id()))).isEqualTo(booking);
        assertThat(runAs.user(Fixtures.SU, () -> visitService.visit(termId, visit)).id()).isEqualTo(visit);
        assertThat(fixtures.bookings(visit)).as("the booking is still there").isEqualTo(1);
    }
}
