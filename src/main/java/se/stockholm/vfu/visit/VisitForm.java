package se.stockholm.vfu.visit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A new observation visit: the unit (of the district's own), the date, the seats and a note. */
public record VisitForm(@NotNull Long unitId,
                        @NotNull LocalDate date,
                        @NotNull @Min(1) @Max(ObservationVisit.SEATS_MAX) Integer seats,
                        @Size(max = ObservationVisit.NOTE_MAX) String note) {
}
