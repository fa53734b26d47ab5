package se.stockholm.vfu.visit;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A new observation visit: the unit (of the district's own), the date (today or later; that it falls in the term is
 * the service's to check), the seats and a note.
 */
public record VisitForm(@NotNull(message = "{field.required}") Long unitId,
                        @NotNull(message = "{field.required}") @FutureOrPresent(message = "{field.notPast}") LocalDate date,
                        @NotNull(message = "{field.required}") @Min(value = 1, message = "{field.min}")
                        @Max(value = ObservationVisit.SEATS_MAX, message = "{field.maxCount}") Integer seats,
                        @Size(max = ObservationVisit.NOTE_MAX, message = "{field.tooLong}") String note) {
}
