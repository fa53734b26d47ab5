package se.stockholm.vfu.recruitment.view;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static se.stockholm.vfu.common.JsonFactories.BUILDERS;

/**
 * Chart.js configurations for PrimeFaces 15's {@code p:chart}, whose {@code value} is the configuration as JSON. The
 * component renders it into its nonce'd widget script, so charts keep to the portal's Content-Security-Policy (no
 * inline script or handler of our own). Colours meet 3:1 contrast against white (WCAG 1.4.11). Its numbers (axis and
 * tooltips) are written in the page's language, as the tables beside it: 0,5 and 20,7 in Swedish, not 0.5 and 20.7.
 */
final class Charts {

    static final List<String> COLOURS = List.of("#1f5fa8", "#b5460f", "#2e7d32", "#6a1b9a", "#8a6d00", "#00838f");

    private Charts() {
    }

    /** One data series: its label, its values (null for a gap), and whether it is drawn as a line. */
    record Series(String label, List<? extends Number> values, String type, String axis) {
    }

    static String chart(String type, List<String> labels, List<Series> series, String yTitle, String y2Title,
                        Locale locale) {
        JsonArrayBuilder datasets = BUILDERS.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            String colour = COLOURS.get(i % COLOURS.size());
            JsonArrayBuilder data = BUILDERS.createArrayBuilder();
            for (Number value : s.values()) {
                if (value == null) {
                    data.addNull();
                } else if (value instanceof BigDecimal decimal) {
                    data.add(decimal);
                } else {
                    data.add(value.longValue());
                }
            }
            JsonObjectBuilder set = BUILDERS.createObjectBuilder().add("label", s.label()).add("data", data)
                    .add("backgroundColor", colour).add("borderColor", colour);
            if (s.type() != null) {
                set.add("type", s.type()).add("fill", false).add("spanGaps", true);
            }
            if (s.axis() != null) {
                set.add("yAxisID", s.axis());
            }
            datasets.add(set);
        }
        JsonArrayBuilder labelArray = BUILDERS.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonObjectBuilder scales = BUILDERS.createObjectBuilder().add("y", BUILDERS.createObjectBuilder()
                .add("beginAtZero", true).add("title", BUILDERS.createObjectBuilder().add("display", true).add("text", yTitle)));
        if (y2Title != null) {
            scales.add("y2", BUILDERS.createObjectBuilder().add("beginAtZero", true).add("position", "right")
                    .add("grid", BUILDERS.createObjectBuilder().add("drawOnChartArea", false))
                    .add("title", BUILDERS.createObjectBuilder().add("display", true).add("text", y2Title)));
        }
        return BUILDERS.createObjectBuilder().add("type", type)
                .add("data", BUILDERS.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", BUILDERS.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false).add("locale", locale.toLanguageTag()).add("scales", scales)
                        .add("plugins", BUILDERS.createObjectBuilder().add("legend",
                                BUILDERS.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }
}
