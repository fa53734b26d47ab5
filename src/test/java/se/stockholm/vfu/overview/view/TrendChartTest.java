package se.stockholm.vfu.overview.view;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import se.stockholm.vfu.overview.TrendPoint;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static se.stockholm.vfu.web.Language.SWEDISH;

/** The dashboard's trend chart writes its numbers (axis and tooltips) in the page's language, as the table beside it. */
class TrendChartTest {

    private static final List<TrendPoint> POINTS = List.of(new TrendPoint("VT2042", 1200, 1500L, 1300L, 1100L, 900L),
            new TrendPoint("HT2042", 1250, 1600L, 1350L, 1150L, 0L));

    @Test
    void theChartWritesItsNumbersInThePagesLanguage() {
        List<String> labels = Arrays.asList("Rapporterade", "Placerade", "Genomförda", "Mål");

        JsonObject swedish = parse(TrendChart.json("Utveckling", POINTS, labels, SWEDISH));
        JsonObject english = parse(TrendChart.json("Trend", POINTS, labels, Locale.ENGLISH));

        assertThat(swedish.getJsonObject("options").getString("locale")).as("Chart.js's axis and tooltips: 1 500")
                .isEqualTo("sv");
        assertThat(english.getJsonObject("options").getString("locale")).isEqualTo("en");
        assertThat(swedish.getJsonObject("data").getJsonArray("datasets")).hasSize(4);
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
