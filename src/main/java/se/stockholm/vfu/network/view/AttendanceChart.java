package se.stockholm.vfu.network.view;

import jakarta.json.JsonArrayBuilder;
import se.stockholm.vfu.network.AttendanceTable;

import java.util.List;
import java.util.Locale;

import static se.stockholm.vfu.common.JsonFactories.BUILDERS;

/**
 * Attendance over the years as the configuration of a Chart.js bar chart, the value PrimeFaces' {@code p:chart}
 * takes: one group of bars per district and university, one bar per year with how many times it came (an
 * organisation not invited that year has no bar). The same numbers are in the table beside it, for screen readers.
 */
public final class AttendanceChart {

    /** One colour per year, oldest first, repeated if there are more years; all meet 3:1 against white. */
    private static final List<String> COLOURS = List.of("#005a9c", "#2e7d32", "#6a1b9a", "#b71c1c", "#8a4b00");

    private AttendanceChart() {
    }

    /** The chart's JSON; its numbers (axis and tooltips) written in the page's language ({@code locale}). */
    public static String json(String title, String axis, List<AttendanceTable.Line> lines, List<Integer> years,
                              Locale locale) {
        JsonArrayBuilder names = BUILDERS.createArrayBuilder();
        lines.forEach(l -> names.add(l.name()));
        JsonArrayBuilder datasets = BUILDERS.createArrayBuilder();
        for (int i = 0; i < years.size(); i++) {
            int year = years.get(i);
            JsonArrayBuilder data = BUILDERS.createArrayBuilder();
            for (AttendanceTable.Line line : lines) {
                AttendanceTable.Cell cell = line.year(year);
                if (cell == null) {
                    data.addNull();
                } else {
                    data.add(cell.attended());
                }
            }
            String colour = COLOURS.get(i % COLOURS.size());
            datasets.add(BUILDERS.createObjectBuilder().add("label", Integer.toString(year)).add("data", data)
                    .add("backgroundColor", colour).add("borderColor", colour));
        }
        return BUILDERS.createObjectBuilder()
                .add("type", "bar")
                .add("data", BUILDERS.createObjectBuilder().add("labels", names).add("datasets", datasets))
                .add("options", BUILDERS.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("locale", locale.toLanguageTag())
                        .add("plugins", BUILDERS.createObjectBuilder()
                                .add("title", BUILDERS.createObjectBuilder().add("display", true).add("text", title)))
                        .add("scales", BUILDERS.createObjectBuilder()
                                .add("y", BUILDERS.createObjectBuilder().add("beginAtZero", true)
                                        .add("ticks", BUILDERS.createObjectBuilder().add("precision", 0))
                                        .add("title", BUILDERS.createObjectBuilder().add("display", true).add("text", axis)))))
                .build().toString();
    }
}
