package se.stockholm.vfu.place;

import java.io.Serializable;
import java.time.Instant;

/** One line of a place offer's history. */
public record PlaceChangeRow(long id, PlaceChange.Action action, int places, String supervisorName, String reason,
                             boolean afterDeadline, Instant changedAt, String changedBy) implements Serializable {
}
