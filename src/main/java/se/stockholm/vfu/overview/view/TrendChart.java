package se.stockholm.vfu.overview.view;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import se.stockholm.vfu.overview.TrendPoint;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static se.stockholm.vfu.common.JsonFactories.BUILDERS;

/**
 * A trend as the configuration of a Chart.js line chart, the value PrimeFaces' {@code p:chart} takes: places
 * reported, students placed and placements completed per term, and the target as a dashed line. PrimeFaces renders
 * the chart with its own nonce'd script, so the page needs no script of its own under the CSP.
 */
public final class TrendChart {

    private TrendChart() {
    }

    /**
     * The chart's JSON.
     *
     * @param labels the series' names: reported, placed, completed, target (reported is left out when null)
     * @param locale the page's language, in which the chart writes its numbers (axis and tooltips: 1 500 in Swedish)
     */
    public static String json(String title, List<TrendPoint> points, List<String> labels, Locale locale) {
        JsonArrayBuilder terms = BUILDERS.createArrayBuilder();
        points.forEach(p -> terms.add(p.termCode()));
        JsonArrayBuilder datasets = BUILDERS.createArrayBuilder();
        if (labels.get(0) != null) {
            datasets.add(series(labels.get(0), points, TrendPoint::reported, "#005a9c", false));
        }
        datasets.add(series(labels.get(1), points, TrendPoint::placed, "#2e7d32", false));
        datasets.add(series(labels.get(2), points, TrendPoint::completed, "#6a1b9a", false));
        if (labels.size() > 3 && labels.get(3) != null) {
            datasets.add(series(labels.get(3), points, TrendPoint::target, "#b71c1c", true));
        }
        return BUILDERS.createObjectBuilder()
                .add("type", "line")
                .add("data", BUILDERS.createObjectBuilder().add("labels", terms).add("datasets", datasets))
                .add("options", BUILDERS.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("locale", locale.toLanguageTag())
                        .add("plugins", BUILDERS.createObjectBuilder()
                                .add("title", BUILDERS.createObjectBuilder().add("display", true).add("text", title)))
                        .add("scales", BUILDERS.createObjectBuilder()
                                .add("y", BUILDERS.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }

    private static JsonObjectBuilder series(String label, List<TrendPoint> points, Function<TrendPoint, Number> value,
                                            String colour, boolean dashed) {
        JsonArrayBuilder data = BUILDERS.createArrayBuilder();
        points.forEach(p -> {
            Number figure = value.apply(p);
            if (figure == null) {
                data.addNull();
            } else {
                data.add(figure.longValue());
            }
        });
        JsonObjectBuilder series = BUILDERS.createObjectBuilder()
                .add("label", label)
                .add("data", data)
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("fill", false)
                .add("tension", 0);
        if (dashed) {
            series.add("borderDash", BUILDERS.createArrayBuilder().add(6).add(4)).add("pointRadius", 0);
        }
        return series;
    }
}
