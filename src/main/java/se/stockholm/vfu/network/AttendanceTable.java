package se.stockholm.vfu.network;

import se.stockholm.vfu.common.SwedishOrder;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Attendance over the years per district and university, from one mark per invitation: for each organisation and
 * year how many times it was invited and how many times it came. An invitation whose attendance was never recorded
 * counts as invited, not as absent or present. Plain Java, so the sums are tested without a container.
 */
public final class AttendanceTable {

    private AttendanceTable() {
    }

    /** One invitation of one organisation to an event that has begun. */
    public record Mark(String name, boolean district, int year, Attendance attendance) {
    }

    /** Invited and attended in one year. */
    public record Cell(int invited, int attended, int recorded) implements Serializable {

        Cell plus(Attendance attendance) {
            return new Cell(invited + 1, attended + (attendance == Attendance.ATTENDED ? 1 : 0),
                    recorded + (attendance == null ? 0 : 1));
        }
    }

    /** An organisation's years; {@code neverAttended} when it was recorded absent every time it was recorded. */
    public record Line(String name, boolean district, Map<Integer, Cell> years, Cell total) implements Serializable {

        public boolean neverAttended() {
            return total.recorded() > 0 && total.attended() == 0;
        }

        public Cell year(int year) {
            return years.get(year);
        }
    }

    /** Districts first, then universities, each by name; years ascending. */
    public static List<Line> of(List<Mark> marks) {
        Map<String, List<Mark>> byName = new TreeMap<>();
        for (Mark mark : marks) {
            byName.computeIfAbsent((mark.district() ? "0" : "1") + mark.name(), k -> new ArrayList<>()).add(mark);
        }
        List<Line> lines = new ArrayList<>();
        byName.forEach((key, own) -> {
            Map<Integer, Cell> years = new TreeMap<>();
            Cell total = new Cell(0, 0, 0);
            for (Mark mark : own) {
                years.merge(mark.year(), new Cell(0, 0, 0).plus(mark.attendance()),
                        (a, b) -> new Cell(a.invited() + b.invited(), a.attended() + b.attended(),
                                a.recorded() + b.recorded()));
                total = total.plus(mark.attendance());
            }
            lines.add(new Line(own.get(0).name(), own.get(0).district(), years, total));
        });
        lines.sort(Comparator.comparing((Line l) -> !l.district()).thenComparing(Line::name, SwedishOrder.names()));
        return lines;
    }

    /** Every year any line has, ascending: the table's columns. */
    public static List<Integer> years(List<Line> lines) {
        return lines.stream().flatMap(l -> l.years().keySet().stream()).distinct().sorted().toList();
    }
}
