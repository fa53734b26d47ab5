package se.stockholm.vfu.supervisor;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One line of a supervisor's training history. */
public record TrainingChangeRow(long id, TrainingStatus status, String course, String universityCode,
                                LocalDate startDate, LocalDate completedDate, Instant changedAt, String changedBy)
        implements Serializable {
}
