package se.stockholm.vfu.evaluation.view;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import se.stockholm.vfu.evaluation.Grouping;
import se.stockholm.vfu.evaluation.ResultRow;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static se.stockholm.vfu.web.Language.SWEDISH;

/** The evaluation page's bar chart: which terms, which values, and what a suppressed group shows. */
class EvaluationChartTest {

    @Test
    void showsTheLatestSixTermsOldestFirst() {
        List<ResultRow> rows = new ArrayList<>();
        for (int year = 2020; year <= 2026; year++) {
            rows.add(result("HT" + year, "Kista", false, 4.0));
        }

        JsonArray datasets = datasets(EvaluationChart.json(rows, 0, ResultRow::groupName, "Alla frågor", SWEDISH));

        assertThat(datasets.getValuesAs(JsonObject.class)).extracting(set -> set.getString("label"))
                .containsExactly("HT2021", "HT2022", "HT2023", "HT2024", "HT2025", "HT2026");
    }

    @Test
    void aSuppressedGroupIsAGapNotAZero() {
        List<ResultRow> rows = List.of(result("VT2026", "Kista", false, 4.5), result("VT2026", "Spånga", true, null));

        String json = EvaluationChart.json(rows, 0, ResultRow::groupName, "Alla frågor", SWEDISH);

        JsonObject chart = parse(json);
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getValuesAs(JsonString::getString))
                .containsExactly("Kista", "Spånga");
        JsonArray data = datasets(json).getJsonObject(0).getJsonArray("data");
        assertThat(data.getJsonNumber(0).doubleValue()).isEqualTo(4.5);
        assertThat(data.get(1)).isEqualTo(JsonValue.NULL);
    }

    @Test
    void theCitysTotalComesFirstAndTheGroupsInSwedishOrderWhicheverTermTheyFirstAppearIn() {
        List<ResultRow> rows = List.of(result("VT2026", "Östermalm", false, 4.1), result("VT2026", "Hela staden", false, 4.0),
                result("HT2026", "Älvsjö", false, 3.9), result("HT2026", "Bromma", false, 4.2),
                result("HT2026", "Årsta", false, 3.8), result("HT2026", "Hela staden", false, 4.0));
        List<ResultRow> marked = rows.stream().map(r -> r.groupName().equals("Hela staden") ? city(r) : r).toList();

        String json = EvaluationChart.json(marked, 0, ResultRow::groupName, "Alla frågor", SWEDISH);

        assertThat(parse(json).getJsonObject("data").getJsonArray("labels").getValuesAs(JsonString::getString))
                .containsExactly("Hela staden", "Bromma", "Årsta", "Älvsjö", "Östermalm");
        JsonArray vt = datasets(json).getJsonObject(0).getJsonArray("data");
        assertThat(vt.getJsonNumber(0).doubleValue()).as("each value stays with its group").isEqualTo(4.0);
        assertThat(vt.getJsonNumber(4).doubleValue()).isEqualTo(4.1);
        assertThat(vt.get(1)).isEqualTo(JsonValue.NULL);
    }

    @Test
    void aChosenQuestionShowsItsOwnMeanAndTitlesTheAxis() {
        List<ResultRow> rows = List.of(new ResultRow("VT2026", Grouping.DISTRICT, 1L, "Kista", "Kista", false, false, 9,
                List.of(3.0, 2.5, 4.0, 5.0), 3.6));

        String json = EvaluationChart.json(rows, 2, ResultRow::groupName, "Handledning", SWEDISH);

        assertThat(datasets(json).getJsonObject(0).getJsonArray("data").getJsonNumber(0).doubleValue()).isEqualTo(2.5);
        JsonObject y = parse(json).getJsonObject("options").getJsonObject("scales").getJsonObject("y");
        assertThat(y.getInt("min")).isZero();
        assertThat(y.getInt("max")).isEqualTo(5);
        assertThat(y.getJsonObject("title").getString("text")).isEqualTo("Handledning");
    }

    @Test
    void theChartWritesItsNumbersInThePagesLanguage() {
        List<ResultRow> rows = List.of(result("VT2026", "Kista", false, 3.5));

        assertThat(parse(EvaluationChart.json(rows, 0, ResultRow::groupName, "Alla frågor", SWEDISH))
                .getJsonObject("options").getString("locale")).as("Chart.js's axis and tooltips: 3,5").isEqualTo("sv");
        assertThat(parse(EvaluationChart.json(rows, 0, ResultRow::groupName, "All questions", Locale.ENGLISH))
                .getJsonObject("options").getString("locale")).isEqualTo("en");
    }

    private static ResultRow result(String term, String group, boolean suppressed, Double overall) {
        return new ResultRow(term, Grouping.DISTRICT, (long) group.hashCode(), group, group, false, suppressed,
                suppressed ? null : 9, suppressed ? null : List.of(4.0, 4.0, 4.0, 4.0), overall);
    }

    private static ResultRow city(ResultRow row) {
        return new ResultRow(row.termCode(), row.grouping(), null, row.groupName(), "City total", true, false,
                row.answers(), row.means(), row.overall());
    }

    private static JsonArray datasets(String json) {
        return parse(json).getJsonObject("data").getJsonArray("datasets");
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
