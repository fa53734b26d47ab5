package se.stockholm.vfu.evaluation.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
import java.util.List;

/**
 * The evaluation results page: a bar chart of one question's (or all questions') mean per group and term, with the
 * same figures in a table one tab away, and the central contact's free texts. What is shown is what
 * {@link EvaluationService} lets out for the caller: their scope, and groups under five answers suppressed.
 */
@Named
@ViewScoped
public class EvaluationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

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

    /** Chart.js's configuration for p:chart ({@link EvaluationChart}), for the question now chosen. */
    public String getChartJson() {
        String axisTitle = EvaluationTexts.text(language.getLocale(),
                question == 0 ? "evaluation.question.overall" : "evaluation.q.short." + question);
        return EvaluationChart.json(getRows(), question, this::name, axisTitle, language.getLocale());
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
