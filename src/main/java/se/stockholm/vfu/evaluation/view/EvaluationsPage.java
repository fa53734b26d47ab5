package se.stockholm.vfu.evaluation.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import se.stockholm.vfu.evaluation.EvaluationQuestions;
import se.stockholm.vfu.evaluation.EvaluationService;
import se.stockholm.vfu.evaluation.EvaluationTexts;
import se.stockholm.vfu.evaluation.FreeTextRow;
import se.stockholm.vfu.evaluation.Grouping;
import se.stockholm.vfu.evaluation.ResultRow;
import se.stockholm.vfu.evaluation.Respondent;
import se.stockholm.vfu.web.NewestFirst;
import se.stockholm.vfu.web.Language;
import se.stockholm.vfu.web.PagedTable;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evaluation results page: a bar chart of one question's (or all questions') mean per group and term, with the
 * same figures in a table one tab away, and the central contact's free texts. What is shown is what
 * {@link EvaluationService} lets out for the caller: their scope, and groups under five answers suppressed.
 */
@Named
@ViewScoped
public class EvaluationsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The chart shows the latest terms; the table has them all. */
    private static final int CHART_TERMS = 6;
    /** Dark enough against white for WCAG's 3:1 for graphics. */
    private static final String[] COLOURS = {"#1f5f99", "#b3541e", "#2e7d32", "#6a3d9a", "#8c1c3c", "#4e5d6c"};

    @Inject
    private EvaluationService evaluationService;

    @Inject
    private Language language;

    private Respondent respondent = Respondent.STUDENT;
    private Grouping grouping = Grouping.DISTRICT;
    /** 0 for the mean of all questions, else the question's number. */
    private int question;
    private List<ResultRow> rows;
    private PagedTable<FreeTextRow> freeTexts;

    public void load() {
        EvaluationService service = evaluationService;
        freeTexts = PagedTable.byId(service::freeTexts, FreeTextRow::id);
        showResults();
    }

    /** The results for the grouping and respondent now chosen. */
    public void showResults() {
        rows = evaluationService.results(grouping, respondent);
    }

    public List<ResultRow> getRows() {
        return rows;
    }

    /** The table reads newest term first (the chart reads oldest first, as a trend does). */
    public List<ResultRow> getRowsNewestFirst() {
        return NewestFirst.byTerm(getRows(), ResultRow::termCode);
    }

    public PagedTable<FreeTextRow> getFreeTexts() {
        return freeTexts;
    }

    /** The group's name as shown: the city's total in the page's language, an area of work in it too. */
    public String name(ResultRow row) {
        if (row.cityTotal()) {
            return EvaluationTexts.text(language.getLocale(), "evaluation.cityTotal");
        }
        return language.isEnglish() ? row.groupNameEn() : row.groupName();
    }

    /** Chart.js's configuration for p:chart: groups along the axis, one bar per term, suppressed groups left empty. */
    public String getChartJson() {
        Set<String> terms = new LinkedHashSet<>();
        Map<String, Map<String, Double>> values = new LinkedHashMap<>();
        for (ResultRow row : getRows()) {
            terms.add(row.termCode());
        }
        List<String> shown = new ArrayList<>(terms).subList(Math.max(0, terms.size() - CHART_TERMS), terms.size());
        Set<String> groups = new LinkedHashSet<>();
        for (ResultRow row : getRows()) {
            if (!shown.contains(row.termCode())) {
                continue;
            }
            String group = name(row);
            groups.add(group);
            Double value = row.suppressed() ? null : question == 0 ? row.overall() : row.means().get(question - 1);
            values.computeIfAbsent(row.termCode(), t -> new LinkedHashMap<>()).put(group, value);
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        groups.forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int colour = 0;
        for (String term : shown) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (String group : groups) {
                Double value = values.getOrDefault(term, Map.of()).get(group);
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(value);
                }
            }
            String fill = COLOURS[colour++ % COLOURS.length];
            datasets.add(Json.createObjectBuilder().add("label", term).add("data", data)
                    .add("backgroundColor", fill).add("borderColor", fill));
        }
        JsonObjectBuilder y = Json.createObjectBuilder().add("min", 0).add("max", EvaluationQuestions.MAX)
                .add("title", Json.createObjectBuilder().add("display", true).add("text", EvaluationTexts.text(
                        language.getLocale(), question == 0 ? "evaluation.question.overall" : "evaluation.q.short." + question)));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", y)))
                .build().toString();
    }

    /** The questions of the chosen respondent, for the question choice and the table's headers. */
    public List<String> getQuestionTexts() {
        List<String> texts = new ArrayList<>();
        for (int i = 1; i <= EvaluationQuestions.COUNT; i++) {
            texts.add(EvaluationTexts.text(language.getLocale(), respondent.questionKey(i)));
        }
        return texts;
    }

    public Respondent[] getRespondents() {
        return Respondent.values();
    }

    public Grouping[] getGroupings() {
        return Grouping.values();
    }

    public Respondent getRespondent() {
        return respondent;
    }

    public void setRespondent(Respondent respondent) {
        this.respondent = respondent;
    }

    public Grouping getGrouping() {
        return grouping;
    }

    public void setGrouping(Grouping grouping) {
        this.grouping = grouping;
    }

    public int getQuestion() {
        return question;
    }

    public void setQuestion(int question) {
        this.question = Math.max(0, Math.min(EvaluationQuestions.COUNT, question));
    }
}
