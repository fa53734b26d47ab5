package se.stockholm.vfu.evaluation;

import java.time.Instant;

/** A free-text answer as the central contact sees it: where and when, never who. */
public record FreeTextRow(long id, String termCode, Respondent respondent, String districtName, String unitName,
                          String universityCode, String text, Instant answeredAt) {
}
