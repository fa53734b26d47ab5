package se.stockholm.vfu.evaluation.view;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import se.stockholm.vfu.common.SwedishOrder;
import se.stockholm.vfu.evaluation.EvaluationQuestions;
import se.stockholm.vfu.evaluation.ResultRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static se.stockholm.vfu.common.JsonFactories.BUILDERS;

/**
 * Chart.js's configuration for the evaluation page's bar chart (PrimeFaces' {@code p:chart}): the groups along the
 * axis (the city's total first, then the groups in Swedish order), one bar per term for the latest {@link #TERMS}
 * terms, oldest first as a trend reads. A suppressed group (too
 * few answers) is left empty, never drawn as a zero. Kept apart from the page so that it is tested without a container.
 */
final class EvaluationChart {

    /** The chart shows the latest terms; the table beside it has them all. */
    static final int TERMS = 6;
    /** Dark enough against white for WCAG's 3:1 for graphics. */
    private static final String[] COLOURS = {"#1f5f99", "#b3541e", "#2e7d32", "#6a3d9a", "#8c1c3c", "#4e5d6c"};

    private EvaluationChart() {
    }

    /**
     * @param rows     the results, oldest term first
     * @param question 0 for the mean of all questions, else the question's number
     * @param name     a group's name as the page shows it
     * @param axisTitle the value axis' title: the question, or "all questions"
     * @param locale   the page's language, in which the chart writes its numbers (3,5 in Swedish)
     */
    static String json(List<ResultRow> rows, int question, Function<ResultRow, String> name, String axisTitle,
                       Locale locale) {
        Set<String> terms = new LinkedHashSet<>();
        rows.forEach(row -> terms.add(row.termCode()));
        List<String> shown = new ArrayList<>(terms).subList(Math.max(0, terms.size() - TERMS), terms.size());
        // the city's total first, as the measure the groups are read against, then the groups in Swedish order
        // (whichever term a group first appears in)
        Set<String> city = new LinkedHashSet<>();
        Set<String> named = new TreeSet<>(SwedishOrder.names());
        Map<String, Map<String, Double>> values = new LinkedHashMap<>();
        for (ResultRow row : rows) {
            if (shown.contains(row.termCode())) {
                String group = name.apply(row);
                (row.cityTotal() ? city : named).add(group);
                Double value = row.suppressed() ? null : question == 0 ? row.overall() : row.means().get(question - 1);
                values.computeIfAbsent(row.termCode(), t -> new LinkedHashMap<>()).put(group, value);
            }
        }
        List<String> groups = new ArrayList<>(city);
        groups.addAll(named);
        JsonArrayBuilder labels = BUILDERS.createArrayBuilder();
        groups.forEach(labels::add);
        JsonArrayBuilder datasets = BUILDERS.createArrayBuilder();
        int colour = 0;
        for (String term : shown) {
            JsonArrayBuilder data = BUILDERS.createArrayBuilder();
            for (String group : groups) {
                Double value = values.getOrDefault(term, Map.of()).get(group);
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(value);
                }
            }
            String fill = COLOURS[colour++ % COLOURS.length];
            datasets.add(BUILDERS.createObjectBuilder().add("label", term).add("data", data)
                    .add("backgroundColor", fill).add("borderColor", fill));
        }
        JsonObjectBuilder y = BUILDERS.createObjectBuilder().add("min", 0).add("max", EvaluationQuestions.MAX)
                .add("title", BUILDERS.createObjectBuilder().add("display", true).add("text", axisTitle));
        return BUILDERS.createObjectBuilder().add("type", "bar")
                .add("data", BUILDERS.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", BUILDERS.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("locale", locale.toLanguageTag())
                        .add("scales", BUILDERS.createObjectBuilder().add("y", y)))
                .build().toString();
    }
}
