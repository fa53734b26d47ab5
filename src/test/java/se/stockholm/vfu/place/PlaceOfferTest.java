package se.stockholm.vfu.place;

import org.junit.jupiter.api.Test;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.term.Season;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.unit.Unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A place offer's own rules: places in range, languages as codes, a supervisor only to confirm, withdraw with a reason. */
class PlaceOfferTest {

    private final AreaOfWork area = new AreaOfWork("BOU", "Barn och unga", "Children and youth");
    private final Term term = new Term(Season.HT, 2031, LocalDate.of(2031, 8, 25), LocalDate.of(2032, 1, 16),
            LocalDate.of(2031, 5, 15), LocalDate.of(2031, 5, 29));
    private final Unit unit = new Unit(new District("SO", "Södermalm"), area, "Barn och familj");

    @Test
    void aPlaceMayBeReportedWithoutASupervisor() {
        PlaceOffer offer = new PlaceOffer(term, unit, area, 2);

        assertThat(offer.getSupervisor()).isNull();
        assertThat(offer.getPlaces()).isEqualTo(2);
    }

    @Test
    void placesAreOneToFifty() {
        assertThatThrownBy(() -> new PlaceOffer(term, unit, area, 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new PlaceOffer(term, unit, area, PlaceOffer.MAX_PLACES + 1))
                .isInstanceOf(InvalidInputException.class);
        assertThat(new PlaceOffer(term, unit, area, PlaceOffer.MAX_PLACES).getPlaces()).isEqualTo(PlaceOffer.MAX_PLACES);
    }

    @Test
    void languagesAreTwoLetterCodesAndSwedishWhenNoneAreGiven() {
        PlaceOffer offer = new PlaceOffer(term, unit, area, 1);
        offer.setLanguages(Arrays.asList(" SV", "en", "en", null, ""));
        assertThat(offer.getLanguages()).isEqualTo("sv,en");
        offer.setLanguages(List.of());
        assertThat(offer.getLanguages()).isEqualTo("sv");
        assertThatThrownBy(() -> offer.setLanguages(List.of("svenska"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void withdrawingNeedsAReasonAndEndsChanges() {
        PlaceOffer offer = new PlaceOffer(term, unit, area, 3);
        assertThatThrownBy(() -> offer.withdraw(" ", "it-so", Instant.now()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("reason"));
        assertThat(offer.getStatus()).isEqualTo(PlaceStatus.ACTIVE);

        offer.withdraw("Enheten omorganiseras", "it-so", Instant.parse("2031-03-01T10:00:00Z"));
        assertThat(offer.getStatus()).isEqualTo(PlaceStatus.WITHDRAWN);
        assertThat(offer.getWithdrawnBy()).isEqualTo("it-so");
        assertThatThrownBy(() -> offer.changePlaces(2)).hasMessage("district.place.error.withdrawn");
        assertThatThrownBy(() -> offer.withdraw("igen", "it-so", Instant.now())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aDeactivatedUnitOffersNoNewPlaces() {
        unit.deactivate("it-so", Instant.now());
        assertThatThrownBy(() -> new PlaceOffer(term, unit, area, 1)).hasMessage("district.unit.error.inactive");
    }
}
