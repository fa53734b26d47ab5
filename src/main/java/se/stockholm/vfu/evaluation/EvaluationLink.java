package se.stockholm.vfu.evaluation;

import java.time.Instant;

/**
 * What the public answer page may know about a link: whether it can be answered, by which kind of respondent (for
 * the questions' wording) and until when. Nothing about the placement or anyone in it.
 */
public record EvaluationLink(State state, Respondent respondent, Instant expiresAt) {

    /** A link's state; a link whose token matches nothing is {@code UNKNOWN}. */
    public enum State { OPEN, ANSWERED, EXPIRED, UNKNOWN }

    static final EvaluationLink UNKNOWN = new EvaluationLink(State.UNKNOWN, null, null);
}
