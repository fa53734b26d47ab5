package se.stockholm.vfu.evaluation;

import java.time.Instant;
import java.util.List;

/** A student's own evaluation of a placement, for the data-subject export: the invitation and, if given, the answer. */
public record StudentEvaluation(long placementId, Instant invitedAt, Instant expiresAt, Instant remindedAt,
                                Instant answeredAt, List<Integer> scores, String freeText) {
}
