package se.stockholm.vfu.recruitment;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One step of a candidate's history. */
public record StepRow(CandidateStatus status, LocalDate on, String reason, Instant changedAt, String changedBy)
        implements Serializable {
}
