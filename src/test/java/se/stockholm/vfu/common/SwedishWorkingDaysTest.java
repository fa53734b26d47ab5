package se.stockholm.vfu.common;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The days the city's offices work, as the calendar of 2026–2027 has them. */
class SwedishWorkingDaysTest {

    @Test
    void easterFollowsTheCalendar() {
        assertThat(SwedishWorkingDays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(SwedishWorkingDays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(SwedishWorkingDays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    }

    @Test
    void publicHolidaysAndTheEvesOffAreNotWorkingDays() {
        assertThat(LocalDate.of(2026, 12, 26)).as("annandag jul, a Saturday")
                .matches(day -> !SwedishWorkingDays.isWorkingDay(day));
        assertThat(SwedishWorkingDays.isHoliday(LocalDate.of(2027, 3, 26))).as("långfredagen 2027").isTrue();
        assertThat(SwedishWorkingDays.isHoliday(LocalDate.of(2027, 3, 29))).as("annandag påsk 2027").isTrue();
        assertThat(SwedishWorkingDays.isHoliday(LocalDate.of(2027, 5, 6))).as("Kristi himmelsfärd 2027").isTrue();
        assertThat(SwedishWorkingDays.isHoliday(LocalDate.of(2026, 6, 19))).as("midsommarafton 2026").isTrue();
        assertThat(SwedishWorkingDays.isHoliday(LocalDate.of(2026, 10, 31))).as("alla helgons dag 2026").isTrue();
        assertThat(SwedishWorkingDays.isHoliday(LocalDate.of(2027, 1, 6))).as("trettondedag jul").isTrue();
        assertThat(SwedishWorkingDays.isHoliday(LocalDate.of(2026, 12, 24))).as("julafton").isTrue();
        assertThat(SwedishWorkingDays.isWorkingDay(LocalDate.of(2026, 12, 28))).as("a Monday between the holidays")
                .isTrue();
    }

    @Test
    void theNextWorkingDaySkipsWeekendsAndHolidays() {
        assertThat(SwedishWorkingDays.onOrAfter(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(SwedishWorkingDays.onOrAfter(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(SwedishWorkingDays.onOrAfter(LocalDate.of(2027, 1, 5))).isEqualTo(LocalDate.of(2027, 1, 5));
    }
}
