package se.stockholm.vfu.evaluation;

import java.time.Instant;

/**
 * The free text of an answer about a placement given by someone other than its student (the supervisor), for the
 * student's data-subject export: it is written about the student's placement and may describe the student.
 */
public record PlacementFreeText(long placementId, String respondent, Instant answeredAt, String freeText) {
}
