package se.stockholm.vfu.recruitment;

import jakarta.validation.constraints.NotNull;

/**
 * One year's staff turnover of one staff group as typed or imported: for a district, or with no district (central
 * contact only) the city as reported. {@code version} is the one read, null for figures not yet entered.
 */
public record TurnoverForm(Long districtId, @NotNull(message = "{field.required}") Integer year,
                           @NotNull(message = "{field.required}") StaffGroup group,
                           @NotNull(message = "{field.required}") Integer permanentStaff,
                           @NotNull(message = "{field.required}") Integer left,
                           Integer movedInCity, Long version) {
}
