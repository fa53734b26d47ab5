package se.stockholm.vfu.evaluation;

/** Who answers an evaluation: the placement's student or its supervisor. Each has questions of their own. */
public enum Respondent {
    STUDENT, SUPERVISOR;

    /** The bundle keys of this respondent's questions, in order (q1..q4): {@code evaluation.q.student.1} … */
    public String questionKey(int number) {
        return "evaluation.q." + name().toLowerCase(java.util.Locale.ROOT) + "." + number;
    }

    /** From an API or page parameter (any case), students when not given; a 400 naming the field otherwise. */
    public static Respondent parse(String value) {
        if (value == null || value.isBlank()) {
            return STUDENT;
        }
        try {
            return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new se.stockholm.vfu.common.InvalidInputException("respondent", "evaluation.error.respondent");
        }
    }
}
