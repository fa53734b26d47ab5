package se.stockholm.vfu.common;

import org.junit.jupiter.api.Test;
import se.stockholm.vfu.request.RequestStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** An unreadable filter matches nothing; an empty one is no filter (the rule every list and export shares). */
class FiltersTest {

    @Test
    void anIdFilterThatIsNotANumberMatchesNoRowInsteadOfEveryRow() {
        assertThat(Filters.id(null)).isNull();
        assertThat(Filters.id("  ")).isNull();
        assertThat(Filters.id(" 42 ")).isEqualTo(42L);
        assertThat(Filters.id("abc")).isEqualTo(-1L);
        assertThat(Filters.id("1 OR 1=1")).isEqualTo(-1L);
    }

    @Test
    void anUnknownStatusMatchesNothingWhileAnEmptyOneIsNoFilter() {
        Filters.Choice<RequestStatus> none = Filters.oneOf(RequestStatus.class, null);
        assertThat(none.matchesNothing()).isFalse();
        assertThat(none.orNull()).isNull();

        Filters.Choice<RequestStatus> one = Filters.oneOf(RequestStatus.class, " " + RequestStatus.values()[0].name());
        assertThat(one.matchesNothing()).isFalse();
        assertThat(one.orNull()).isEqualTo(RequestStatus.values()[0]);

        Filters.Choice<RequestStatus> unknown = Filters.oneOf(RequestStatus.class, "EVERYTHING");
        assertThat(unknown.matchesNothing()).isTrue();
        assertThat(unknown.orNull()).isNull();
    }
}
