package se.stockholm.vfu.visit;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.Causes;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.support.SupportFixtures;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

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

    /**
     * A visit is offered on a day of its term's VFU period, today or later: one outside the period was listed and
     * booked under the term, and one gone by could be booked (the page's date and the API's alike).
     */
    @Test
    void aVisitIsOfferedOnADayOfItsTermFromTodayOn() throws Exception {
        long termId = fixtures.term().getId();
        long unit = runAs.user(Fixtures.SODERMALM, () -> visitService.unitChoices()).get(0).id();

        for (LocalDate outside : List.of(SupportFixtures.VFU_START.minusDays(1), SupportFixtures.VFU_END.plusDays(1))) {
            assertThatThrownBy(() -> runAs.user(Fixtures.SODERMALM, () -> visitService.createVisit(termId,
                    new VisitForm(unit, outside, 2, "IT utanför terminen"))))
                    .as(outside.toString()).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.getField()).isEqualTo("date");
                        assertThat(e.getArguments()).containsExactly("HT2060", SupportFixtures.VFU_START,
                                SupportFixtures.VFU_END);
                    });
        }
        long pastTerm = portal.termId(Fixtures.PAST_TERM);
        ConstraintViolationException past = Causes.find(catchThrowable(() -> runAs.user(Fixtures.SODERMALM,
                () -> visitService.createVisit(pastTerm, new VisitForm(unit, LocalDate.of(2020, 2, 3), 2, null)))),
                ConstraintViolationException.class);
        assertThat(past).as("a day gone by, though in its term").isNotNull();
        assertThat(past.getConstraintViolations()).singleElement()
                .satisfies(v -> assertThat(v.getPropertyPath().toString()).endsWith("date"));

        for (LocalDate inside : List.of(SupportFixtures.VFU_START, SupportFixtures.VFU_END)) {
            VisitRow offered = runAs.user(Fixtures.SODERMALM, () -> visitService.createVisit(termId,
                    new VisitForm(unit, inside, 2, null)));
            assertThat(offered.date()).isEqualTo(inside);
        }
    }
}
