package se.stockholm.vfu.term;

import org.junit.jupiter.api.Test;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;

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

    /** Found in exploratory testing: HT2033 from 2035-08-31, VT2034 with autumn dates, HT2036 running to 2041. */
    @Test
    void thePeriodStartsInTheTermsOwnHalfYear() {
        assertThat(new Term(Season.HT, 2033, LocalDate.of(2033, 7, 1), LocalDate.of(2033, 12, 20),
                LocalDate.of(2033, 5, 1), LocalDate.of(2033, 5, 15)).getCode()).isEqualTo("HT2033");
        assertThat(new Term(Season.VT, 2034, LocalDate.of(2034, 6, 30), LocalDate.of(2034, 8, 30),
                LocalDate.of(2034, 5, 1), LocalDate.of(2034, 5, 15)).getCode()).isEqualTo("VT2034");

        assertThat(refusal(() -> new Term(Season.HT, 2033, LocalDate.of(2035, 8, 31), LocalDate.of(2036, 1, 15),
                LocalDate.of(2035, 5, 15), LocalDate.of(2035, 5, 29))))
                .extracting(InvalidInputException::getField, InvalidInputException::getMessageKey,
                        e -> List.of(e.getArguments()))
                .containsExactly("vfuStart", "term.error.startOutsideTerm",
                        List.of("HT2033", LocalDate.of(2033, 7, 1), LocalDate.of(2033, 12, 31)));
        assertThat(refusal(() -> new Term(Season.VT, 2034, LocalDate.of(2034, 8, 31), LocalDate.of(2035, 1, 15),
                LocalDate.of(2034, 5, 15), LocalDate.of(2034, 5, 29))).getArguments())
                .containsExactly("VT2034", LocalDate.of(2034, 1, 1), LocalDate.of(2034, 6, 30));
        assertThat(refusal(() -> new Term(Season.HT, 2033, LocalDate.of(2033, 6, 30), LocalDate.of(2033, 12, 1),
                LocalDate.of(2033, 5, 15), LocalDate.of(2033, 5, 29))).getField()).isEqualTo("vfuStart");
        assertThat(refusal(() -> new Term(Season.VT, 2034, LocalDate.of(2033, 12, 31), LocalDate.of(2034, 6, 1),
                LocalDate.of(2033, 11, 15), LocalDate.of(2033, 11, 29))).getField()).isEqualTo("vfuStart");
    }

    @Test
    void thePeriodLastsAtMostSixMonths() {
        LocalDate start = LocalDate.of(2036, 8, 31);
        new Term(Season.HT, 2036, start, start.plusMonths(6), start.minusMonths(3), start.minusMonths(2));

        InvalidInputException refused = refusal(() -> new Term(Season.HT, 2036, start, LocalDate.of(2041, 1, 15),
                start.minusMonths(3), start.minusMonths(2)));
        assertThat(refused.getField()).isEqualTo("vfuEnd");
        assertThat(refused.getMessageKey()).isEqualTo("term.error.periodTooLong");
        assertThat(refusal(() -> new Term(Season.HT, 2036, start, start.plusMonths(6).plusDays(1),
                start.minusMonths(3), start.minusMonths(2))).getField()).isEqualTo("vfuEnd");
    }

    @Test
    void deadlinesAreAtMostAYearBeforeThePeriod() {
        new Term(Season.VT, 2027, START, END, START.minusYears(1), START.minusYears(1));

        InvalidInputException refused = refusal(() -> new Term(Season.VT, 2027, START, END,
                START.minusYears(1).minusDays(1), LocalDate.of(2020, 1, 1)));
        assertThat(refused.getField()).isEqualTo("reportingDeadline");
        assertThat(refused.getMessageKey()).isEqualTo("term.error.deadlineTooEarly");
        assertThat(refused.getOthers()).as("every refusal at once, each beside its field")
                .extracting(InvalidInputException::getField).containsExactly("requestDeadline");
    }

    @Test
    void rescheduleKeepsTheSameRules() {
        Term term = new Term(Season.VT, 2027, START, END, START.minusWeeks(5), START.minusWeeks(4));

        assertThat(refusal(() -> term.reschedule(LocalDate.of(2027, 8, 30), LocalDate.of(2028, 1, 14),
                LocalDate.of(2027, 5, 14), LocalDate.of(2027, 5, 28))).getField()).isEqualTo("vfuStart");
        assertThat(term.getVfuStart()).as("unchanged").isEqualTo(START);
    }

    /**
     * A term saved before the rules (a period over six months, a target of 0: the form once took an empty target as 0)
     * can still be closed: its unchanged dates and target pass, a changed date is held to the rules.
     */
    @Test
    void aTermSavedBeforeTheRulesKeepsWhatItHasAndChangesOnlyByThem() throws ReflectiveOperationException {
        Term older = new Term(Season.HT, 2019, LocalDate.of(2019, 8, 26), LocalDate.of(2020, 1, 17),
                LocalDate.of(2019, 5, 15), LocalDate.of(2019, 5, 29));
        LocalDate longEnd = LocalDate.of(2020, 6, 5);
        set(older, "vfuEnd", longEnd);
        set(older, "targetPlaces", 0);

        older.reschedule(older.getVfuStart(), longEnd, older.getReportingDeadline(), older.getRequestDeadline());
        older.setTargetPlaces(0);
        older.changeStatus(TermStatus.CLOSED);
        assertThat(older.getStatus()).isEqualTo(TermStatus.CLOSED);

        assertThat(refusal(() -> older.reschedule(older.getVfuStart(), longEnd.plusDays(1), older.getReportingDeadline(),
                older.getRequestDeadline())).getMessageKey()).isEqualTo("term.error.periodTooLong");
    }

    private static void set(Term term, String field, Object value) throws ReflectiveOperationException {
        Field declared = Term.class.getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(term, value);
    }

    @Test
    void theTargetIsAtLeastOnePlace() {
        Term term = new Term(Season.HT, 2027, LocalDate.of(2027, 8, 30), LocalDate.of(2028, 1, 14),
                LocalDate.of(2027, 5, 14), LocalDate.of(2027, 5, 28));

        term.setTargetPlaces(120);
        assertThat(term.getTargetPlaces()).isEqualTo(120);
        assertThatThrownBy(() -> term.setTargetPlaces(-1)).isInstanceOf(InvalidInputException.class);
        assertThat(refusal(() -> term.setTargetPlaces(0)))
                .extracting(InvalidInputException::getField, InvalidInputException::getMessageKey)
                .containsExactly("targetPlaces", "term.error.noTarget");
        assertThat(term.getTargetPlaces()).isEqualTo(120);
    }

    private static InvalidInputException refusal(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            return refused;
        }
        throw new AssertionError("not refused");
    }
}
