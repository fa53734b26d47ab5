package se.stockholm.vfu.placement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * What a person sends to move a placement along: the version they saw (a change made meanwhile by someone else is
 * refused), and the supervisor, reason or date the step needs.
 */
public record PlacementAnswer(@NotNull(message = "{field.required}") Long version, Long supervisorId,
                              @Size(max = Placement.REASON_MAX, message = "{field.tooLong}") String reason, LocalDate date) {
}
