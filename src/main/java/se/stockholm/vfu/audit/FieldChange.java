package se.stockholm.vfu.audit;

/** One column of a record at a revision: its value before (null when new or empty) and after (null when deleted). */
public record FieldChange(String field, String before, String after) {
}
