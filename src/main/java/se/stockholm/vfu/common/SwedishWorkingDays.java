package se.stockholm.vfu.common;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * Whether a day is one the city's offices work: not a weekend, not a Swedish public holiday (Lag 1989:253 om
 * allmänna helgdagar, with Easter by the Gregorian computus) and not one of the eves that are days off by agreement
 * (midsommarafton, julafton, nyårsafton). Plain Java, for dates the portal makes up itself, such as the demo's
 * meetings and visits; nothing a user enters is refused by it.
 */
public final class SwedishWorkingDays {

    private static final Set<MonthDay> FIXED = Set.of(
            MonthDay.of(1, 1),   // nyårsdagen
            MonthDay.of(1, 6),   // trettondedag jul
            MonthDay.of(5, 1),   // första maj
            MonthDay.of(6, 6),   // Sveriges nationaldag
            MonthDay.of(12, 24), // julafton
            MonthDay.of(12, 25), // juldagen
            MonthDay.of(12, 26), // annandag jul
            MonthDay.of(12, 31)); // nyårsafton

    private SwedishWorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    /** The day itself if the offices work then, else the next day they do. */
    public static LocalDate onOrAfter(LocalDate day) {
        LocalDate candidate = day;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** A public holiday or a day off by agreement, whatever the weekday. */
    public static boolean isHoliday(LocalDate day) {
        if (FIXED.contains(MonthDay.from(day))) {
            return true;
        }
        LocalDate easter = easterSunday(day.getYear());
        LocalDate midsummerEve = LocalDate.of(day.getYear(), 6, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        LocalDate allSaints = LocalDate.of(day.getYear(), 10, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        return day.equals(easter.minusDays(2))      // långfredagen
                || day.equals(easter)
                || day.equals(easter.plusDays(1))   // annandag påsk
                || day.equals(easter.plusDays(39))  // Kristi himmelsfärds dag
                || day.equals(easter.plusDays(49))  // pingstdagen
                || day.equals(midsummerEve)
                || day.equals(midsummerEve.plusDays(1))
                || day.equals(allSaints);
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
