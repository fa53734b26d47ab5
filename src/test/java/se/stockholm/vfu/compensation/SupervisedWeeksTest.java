package se.stockholm.vfu.compensation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The supervised weeks of a placement: working days inside the term's VFU period, five to a week. */
class SupervisedWeeksTest {

    // Monday 2060-08-30 to Friday 2061-01-14: the VFU period of a test term
    private static final LocalDate VFU_START = LocalDate.of(2060, 8, 30);
    private static final LocalDate VFU_END = LocalDate.of(2061, 1, 14);
    private static final LocalDate AFTER_TERM = LocalDate.of(2061, 3, 1);

    @Test
    void aPlacementCompletedOverTheWholePeriodCountsEveryWorkingWeek() {
        int days = SupervisedWeeks.workdays(VFU_START, VFU_END, VFU_START, VFU_END, AFTER_TERM);

        assertThat(days).isEqualTo(20 * 5);
        assertThat(SupervisedWeeks.weeks(days)).isEqualByComparingTo("20.0");
    }

    @Test
    void aPartialWeekCountsItsWorkingDaysAsAFractionOfAWeek() {
        // Monday to Wednesday: three working days
        int days = SupervisedWeeks.workdays(VFU_START, VFU_END, VFU_START, VFU_START.plusDays(2), AFTER_TERM);

        assertThat(days).isEqualTo(3);
        assertThat(SupervisedWeeks.weeks(days)).isEqualByComparingTo(new BigDecimal("0.6"));
    }

    @Test
    void weekendsAreNotSupervisedDays() {
        // Saturday and Sunday only
        LocalDate saturday = LocalDate.of(2060, 9, 4);
        assertThat(SupervisedWeeks.workdays(VFU_START, VFU_END, saturday, saturday.plusDays(1), AFTER_TERM)).isZero();
        // Friday to Monday: two working days
        assertThat(SupervisedWeeks.workdays(VFU_START, VFU_END, saturday.minusDays(1), saturday.plusDays(2), AFTER_TERM))
                .isEqualTo(2);
    }

    @Test
    void anInterruptionEndsTheSupervisionOnItsDate() {
        // started the first Monday, interrupted on the Friday of the third week
        int days = SupervisedWeeks.workdays(VFU_START, VFU_END, VFU_START, VFU_START.plusDays(18), AFTER_TERM);

        assertThat(days).isEqualTo(15);
        assertThat(SupervisedWeeks.weeks(days)).isEqualByComparingTo("3.0");
    }

    @Test
    void datesOutsideTheTermAreNotCounted() {
        // started a week before the period and marked completed two months after it: only the period counts
        int days = SupervisedWeeks.workdays(VFU_START, VFU_END, VFU_START.minusDays(7), VFU_END.plusMonths(2),
                AFTER_TERM);
        assertThat(days).isEqualTo(100);
        // wholly before or after the term: nothing
        assertThat(SupervisedWeeks.workdays(VFU_START, VFU_END, VFU_START.minusDays(30), VFU_START.minusDays(1),
                AFTER_TERM)).isZero();
        assertThat(SupervisedWeeks.workdays(VFU_START, VFU_END, VFU_END.plusDays(3), VFU_END.plusDays(20),
                AFTER_TERM)).isZero();
    }

    @Test
    void aRunningPlacementCountsUpToToday() {
        // started the first Monday, still running on the Friday of the second week
        int days = SupervisedWeeks.workdays(VFU_START, VFU_END, VFU_START, null, VFU_START.plusDays(11));

        assertThat(days).isEqualTo(10);
    }

    @Test
    void aPlacementThatNeverStartedCountsNothing() {
        assertThat(SupervisedWeeks.workdays(VFU_START, VFU_END, null, VFU_START.plusDays(10), AFTER_TERM)).isZero();
    }

    @Test
    void theWeeksOfSeveralPlacementsAreRoundedOnlyOnceFromTheirSummedDays() {
        // two placements of 3 working days each: 6 days are 1.2 weeks (0.6 + 0.6), not 2 x a rounded figure
        assertThat(SupervisedWeeks.weeks(6)).isEqualByComparingTo("1.2");
        assertThat(SupervisedWeeks.weeks(1)).isEqualByComparingTo("0.2");
        assertThat(SupervisedWeeks.countWorkdays(LocalDate.of(2060, 8, 30), LocalDate.of(2060, 9, 12))).isEqualTo(10);
    }
}
