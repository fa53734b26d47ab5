package se.stockholm.vfu.network.view;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import se.stockholm.vfu.network.Attendance;
import se.stockholm.vfu.network.AttendanceTable;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static se.stockholm.vfu.web.Language.SWEDISH;

/** The chart shows the table's numbers: per organisation and year how many times it came, nothing for a year not invited. */
class AttendanceChartTest {

    @Test
    void eachYearIsASeriesOfTimesAttendedPerOrganisation() {
        List<AttendanceTable.Line> lines = AttendanceTable.of(List.of(
                new AttendanceTable.Mark("Södermalm", true, 2024, Attendance.ATTENDED),
                new AttendanceTable.Mark("Södermalm", true, 2025, Attendance.ATTENDED),
                new AttendanceTable.Mark("Södermalm", true, 2025, Attendance.ATTENDED),
                new AttendanceTable.Mark("Skärholmen", true, 2025, Attendance.ABSENT),
                new AttendanceTable.Mark("SU", false, 2025, Attendance.ATTENDED)));

        JsonObject chart = Json.createReader(new StringReader(AttendanceChart.json("Närvaro", "Antal gånger", lines,
                AttendanceTable.years(lines), SWEDISH))).readObject();

        assertThat(chart.getString("type")).isEqualTo("bar");
        JsonObject data = chart.getJsonObject("data");
        assertThat(data.getJsonArray("labels").getValuesAs(j -> ((jakarta.json.JsonString) j).getString()))
                .containsExactly("Skärholmen", "Södermalm", "SU");
        JsonArray series = data.getJsonArray("datasets");
        assertThat(series).hasSize(2);
        assertThat(series.getJsonObject(0).getString("label")).isEqualTo("2024");
        assertThat(series.getJsonObject(0).getJsonArray("data").get(0)).isEqualTo(JsonValue.NULL);
        assertThat(series.getJsonObject(0).getJsonArray("data").getInt(1)).isEqualTo(1);
        assertThat(series.getJsonObject(1).getString("label")).isEqualTo("2025");
        assertThat(series.getJsonObject(1).getJsonArray("data").getInt(0)).isZero();
        assertThat(series.getJsonObject(1).getJsonArray("data").getInt(1)).isEqualTo(2);
        assertThat(series.getJsonObject(1).getJsonArray("data").getInt(2)).isEqualTo(1);
    }

    @Test
    void theChartWritesItsNumbersInThePagesLanguage() {
        List<AttendanceTable.Line> lines = AttendanceTable.of(List.of(
                new AttendanceTable.Mark("Södermalm", true, 2025, Attendance.ATTENDED)));

        assertThat(options(AttendanceChart.json("Närvaro", "Antal gånger", lines, List.of(2025), SWEDISH))
                .getString("locale")).as("Chart.js's axis and tooltips, as the table beside it").isEqualTo("sv");
        assertThat(options(AttendanceChart.json("Attendance", "Times", lines, List.of(2025), Locale.ENGLISH))
                .getString("locale")).isEqualTo("en");
    }

    private static JsonObject options(String json) {
        return Json.createReader(new StringReader(json)).readObject().getJsonObject("options");
    }
}
