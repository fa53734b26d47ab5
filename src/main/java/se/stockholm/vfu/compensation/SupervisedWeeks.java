package se.stockholm.vfu.compensation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * How much supervision a placement gave in a term, counted in working days (Monday to Friday) and student-weeks of
 * five working days. The supervised period runs from the day the placement started to the day it was completed or
 * interrupted (both included), or to {@code asOf} while it is still running, and only the part inside the term's
 * VFU period counts. Public holidays are not deducted: the universities' course weeks count them as VFU weeks.
 */
public final class SupervisedWeeks {

    public static final int DAYS_PER_WEEK = 5;

    private SupervisedWeeks() {
    }

    /**
     * Working days of supervision.
     *
     * @param vfuStart the term's VFU start
     * @param vfuEnd the term's VFU end
     * @param started the day the placement started, or null if it never did (then 0)
     * @param ended the day it was completed or interrupted, or null while it runs
     * @param asOf today: the end of a placement still running
     */
    public static int workdays(LocalDate vfuStart, LocalDate vfuEnd, LocalDate started, LocalDate ended,
                               LocalDate asOf) {
        if (started == null) {
            return 0;
        }
        LocalDate from = started.isBefore(vfuStart) ? vfuStart : started;
        LocalDate end = ended != null ? ended : asOf;
        LocalDate to = end.isAfter(vfuEnd) ? vfuEnd : end;
        if (to.isBefore(from)) {
            return 0;
        }
        return countWorkdays(from, to);
    }

    /** Student-weeks for a number of working days, to one decimal (3 days are 0.6 weeks). */
    public static BigDecimal weeks(long workdays) {
        return BigDecimal.valueOf(workdays).divide(BigDecimal.valueOf(DAYS_PER_WEEK), 1, RoundingMode.HALF_UP);
    }

    /** Monday to Friday from {@code from} to {@code to}, both included. */
    static int countWorkdays(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        long fullWeeks = days / 7;
        int count = (int) (fullWeeks * DAYS_PER_WEEK);
        LocalDate day = from.plusDays(fullWeeks * 7);
        while (!day.isAfter(to)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
            day = day.plusDays(1);
        }
        return count;
    }
}
