package se.stockholm.vfu.evaluation;

/**
 * The evaluation's questions: the same number for both respondents, each answered on a scale of 1 (not at all) to 5
 * (fully), and an optional free text. The questions' wording is in the bundle ({@link Respondent#questionKey(int)});
 * the answers are stored as q1..q4, so a changed wording must keep each question's meaning.
 */
public final class EvaluationQuestions {

    public static final int COUNT = 4;
    public static final int MIN = 1;
    public static final int MAX = 5;
    public static final int FREE_TEXT_MAX = 2000;
    /** No group with fewer answers is shown, on any page or in the API. */
    public static final int MIN_GROUP = 5;

    private EvaluationQuestions() {
    }
}
