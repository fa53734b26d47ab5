package se.stockholm.vfu.evaluation;

import se.stockholm.vfu.common.InvalidInputException;

import java.util.Locale;

/** What evaluation results are counted by, besides the term. */
public enum Grouping {
    DISTRICT("districtId"), UNIT("unitId"), AREA("areaId"), UNIVERSITY("universityId");

    private final String field;

    Grouping(String field) {
        this.field = field;
    }

    /** The answer's field (JPQL) holding the group's id. */
    String field() {
        return field;
    }

    /** From an API or page parameter (any case); a 400 naming the field for anything else. */
    public static Grouping parse(String value) {
        if (value == null || value.isBlank()) {
            return DISTRICT;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("grouping", "evaluation.error.grouping");
        }
    }
}
