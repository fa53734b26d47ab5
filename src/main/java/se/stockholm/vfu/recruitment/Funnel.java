package se.stockholm.vfu.recruitment;

import se.stockholm.vfu.common.SwedishOrder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Counts the funnel VFU students → trainees → permanent hires → still employed 12 months after the hire, per cohort
 * and group. Plain Java: the service reads the facts in the caller's scope and says whether small figures are to be
 * suppressed.
 */
public final class Funnel {

    /** The smallest figure a university is shown; anything below is "fewer than 5". */
    public static final int MIN_SHOWN = 5;

    /** Which groups to count. */
    public enum Groups { CITY, DISTRICTS, UNIVERSITIES }

    private Funnel() {
    }

    /**
     * The rows for the facts: per cohort (oldest first) the city's row, then each district's, then each university's,
     * as asked for; each figure suppressed under {@link #MIN_SHOWN} when {@code suppress}. Still employed after 12 months
 * is not yet known for a group while any of its students' retention is pending ({@link FunnelFact#retentionPending}).
     */
    public static List<FunnelRow> rows(List<FunnelFact> facts, List<Groups> groups, boolean suppress) {
        Map<String, List<FunnelFact>> byCohort = new LinkedHashMap<>();
        facts.stream().sorted(Comparator.comparing(FunnelFact::cohortStart, Comparator.nullsLast(LocalDate::compareTo))
                        .thenComparing(FunnelFact::cohort))
                .forEach(f -> byCohort.computeIfAbsent(f.cohort(), c -> new ArrayList<>()).add(f));
        List<FunnelRow> rows = new ArrayList<>();
        byCohort.forEach((cohort, inCohort) -> {
            if (groups.contains(Groups.CITY)) {
                rows.add(row(cohort, FunnelRow.CITY, null, inCohort, suppress));
            }
            if (groups.contains(Groups.DISTRICTS)) {
                group(cohort, FunnelRow.DISTRICT, inCohort, FunnelFact::districtName, suppress, rows);
            }
            if (groups.contains(Groups.UNIVERSITIES)) {
                group(cohort, FunnelRow.UNIVERSITY, inCohort, FunnelFact::universityCode, suppress, rows);
            }
        });
        return rows;
    }

    private static void group(String cohort, String type, List<FunnelFact> facts, Function<FunnelFact, String> name,
                              boolean suppress, List<FunnelRow> rows) {
        Map<String, List<FunnelFact>> byGroup = new java.util.TreeMap<>(SwedishOrder.names());
        facts.forEach(f -> byGroup.computeIfAbsent(name.apply(f), n -> new ArrayList<>()).add(f));
        byGroup.forEach((group, inGroup) -> rows.add(row(cohort, type, group, inGroup, suppress)));
    }

    private static FunnelRow row(String cohort, String type, String name, List<FunnelFact> facts, boolean suppress) {
        FunnelCell hires = cell(facts, FunnelFact::hired, suppress);
        // under suppressed hires the retained are fewer than 5 too; "not yet known" would tell that someone was hired
        FunnelCell retained = !hires.suppressed() && facts.stream().anyMatch(FunnelFact::retentionPending)
                ? FunnelCell.NOT_YET_KNOWN : cell(facts, FunnelFact::retained12, suppress);
        return new FunnelRow(cohort, type, name, FunnelCell.of(facts.size(), suppress),
                cell(facts, FunnelFact::trainee, suppress), hires, retained);
    }

    private static FunnelCell cell(List<FunnelFact> facts, Predicate<FunnelFact> stage, boolean suppress) {
        return FunnelCell.of((int) facts.stream().filter(stage).count(), suppress);
    }

    /**
     * Whether a hire on {@code hiredOn} was still employed 12 months later, seen on {@code today}: the 12 months have
     * passed and the employment did not end before them. A hire whose 12 months are not over yet is not counted.
     */
    public static boolean retained12(LocalDate hiredOn, LocalDate employmentEndedOn, LocalDate today) {
        if (hiredOn == null) {
            return false;
        }
        LocalDate anniversary = hiredOn.plusMonths(12);
        return !anniversary.isAfter(today) && (employmentEndedOn == null || !employmentEndedOn.isBefore(anniversary));
    }

    /**
     * Whether it is not known yet, on {@code today}, if a hire on {@code hiredOn} will still be employed 12 months
     * later: the 12 months are not over and the employment has not ended (an ended one is known: not retained).
     */
    public static boolean retentionPending(LocalDate hiredOn, LocalDate employmentEndedOn, LocalDate today) {
        return hiredOn != null && hiredOn.plusMonths(12).isAfter(today) && employmentEndedOn == null;
    }
}
