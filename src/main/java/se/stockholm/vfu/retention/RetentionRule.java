package se.stockholm.vfu.retention;

import java.time.LocalDate;

/** One data type's rule as the admin sees it: kept so many months, so data from before this date goes. */
public record RetentionRule(String type, int months, LocalDate before) {
}
