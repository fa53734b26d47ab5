package se.stockholm.vfu.unit;

import org.junit.jupiter.api.Test;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A unit's own rules: deactivated it is history and unchangeable; reactivated it is in use again, its past kept. */
class UnitTest {

    private final AreaOfWork area = new AreaOfWork("BOU", "Barn och unga", "Children and youth");
    private final Instant monday = Instant.parse("2031-09-01T08:00:00Z");
    private final Instant friday = Instant.parse("2031-09-05T15:00:00Z");

    @Test
    void aReactivatedUnitIsInUseAgainAndItsDeactivationIsKept() {
        Unit unit = new Unit(new District("SO", "Södermalm"), area, "Barn och familj");
        unit.deactivate("it-so", monday);
        assertThatThrownBy(() -> unit.change(area, "Nytt namn")).isInstanceOf(InvalidInputException.class)
                .hasMessage("district.unit.error.inactive");

        unit.reactivate("it-central", friday);

        assertThat(unit.isActive()).isTrue();
        assertThat(unit.getReactivatedBy()).isEqualTo("it-central");
        assertThat(unit.getReactivatedAt()).isEqualTo(friday);
        assertThat(unit.getDeactivatedBy()).isEqualTo("it-so");
        assertThat(unit.getDeactivatedAt()).isEqualTo(monday);
        unit.change(area, "Nytt namn");
        assertThat(unit.getName()).isEqualTo("Nytt namn");
    }

    @Test
    void anActiveUnitIsNotReactivated() {
        Unit unit = new Unit(new District("SO", "Södermalm"), area, "Barn och familj");

        assertThatThrownBy(() -> unit.reactivate("it-so", friday)).isInstanceOf(InvalidInputException.class)
                .hasMessage("district.unit.error.alreadyActive");
        assertThat(unit.getReactivatedAt()).isNull();
    }
}
