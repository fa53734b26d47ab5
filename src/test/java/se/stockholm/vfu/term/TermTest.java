package se.stockholm.vfu.term;

import org.junit.jupiter.api.Test;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TermTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 18);
    private static final LocalDate END = LocalDate.of(2027, 6, 4);

    @Test
    void aNewTermIsNamedBySeasonAndYearAndAimsForAHundredPlaces() {
        Term term = new Term(Season.VT, 2027, START, END, START.minusWeeks(5), START.minusWeeks(4));

        assertThat(term.getCode()).isEqualTo("VT2027");
        assertThat(term.getTargetPlaces()).isEqualTo(100);
        assertThat(term.getStatus()).isEqualTo(TermStatus.PLANNED);
    }

    @Test
    void aRecordIsFoundOnlyUnderItsOwnTermsId() {
        Term saved = new Term(Season.VT, 2027, START, END, START.minusWeeks(5), START.minusWeeks(4)) {
            @Override
            public Long getId() {
                return 7L;
            }
        };
        Term unsaved = new Term(Season.VT, 2027, START, END, START.minusWeeks(5), START.minusWeeks(4));

        saved.requireId(7);
        assertThatThrownBy(() -> saved.requireId(8)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> unsaved.requireId(7)).as("no term has an id before it is saved")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void thePeriodMustEndAfterItStarts() {
        assertThatThrownBy(() -> new Term(Season.VT, 2027, START, START, START.minusWeeks(5), START.minusWeeks(4)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("term.error.endBeforeStart");
    }

    @Test
    void deadlinesFallBeforeThePeriodStarts() {
        assertThatThrownBy(() -> new Term(Season.VT, 2027, START, END, START, START.minusWeeks(4)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).getField()).isEqualTo("reportingDeadline");
        assertThatThrownBy(() -> new Term(Season.VT, 2027, START, END, START.minusWeeks(4), START.plusDays(1)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).getField()).isEqualTo("requestDeadline");
    }

    @Test
    void reportingIsOpenUntilAndIncludingTheDeadline() {
        LocalDate deadline = START.minusWeeks(5);
        Term term = new Term(Season.VT, 2027, START, END, deadline, START.minusWeeks(4));

        assertThat(term.isReportingOpen(deadline)).isTrue();
        assertThat(term.isReportingOpen(deadline.plusDays(1))).isFalse();
    }

    @Test
    void theTargetCannotBeNegative() {
        Term term = new Term(Season.HT, 2027, LocalDate.of(2027, 8, 30), LocalDate.of(2028, 1, 14),
                LocalDate.of(2027, 5, 14), LocalDate.of(2027, 5, 28));

        term.setTargetPlaces(120);
        assertThat(term.getTargetPlaces()).isEqualTo(120);
        assertThatThrownBy(() -> term.setTargetPlaces(-1)).isInstanceOf(InvalidInputException.class);
    }
}
