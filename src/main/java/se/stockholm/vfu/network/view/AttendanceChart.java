package se.stockholm.vfu.network.view;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import se.stockholm.vfu.network.AttendanceTable;

import java.util.List;

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

    public static String json(String title, String axis, List<AttendanceTable.Line> lines, List<Integer> years) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        lines.forEach(l -> names.add(l.name()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < years.size(); i++) {
            int year = years.get(i);
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (AttendanceTable.Line line : lines) {
                AttendanceTable.Cell cell = line.year(year);
                if (cell == null) {
                    data.addNull();
                } else {
                    data.add(cell.attended());
                }
            }
            String colour = COLOURS.get(i % COLOURS.size());
            datasets.add(Json.createObjectBuilder().add("label", Integer.toString(year)).add("data", data)
                    .add("backgroundColor", colour).add("borderColor", colour));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", title)))
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0))
                                        .add("title", Json.createObjectBuilder().add("display", true).add("text", axis)))))
                .build().toString();
    }
}
