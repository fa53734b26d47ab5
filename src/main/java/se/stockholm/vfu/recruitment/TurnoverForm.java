package se.stockholm.vfu.recruitment;

import jakarta.validation.constraints.NotNull;

/**
 * One year's staff turnover of one staff group as typed or imported: for a district, or with no district (central
 * contact only) the city as reported. {@code city} true says the city's figures in so many words, as a row reads
 * ({@link TurnoverRow#isCity()}); a district contact's figures are its own district's, so it may not say it (it was
 * ignored, and the city's figures were saved as the district's). {@code version} is the one read, null for figures not
 * yet entered.
 */
public record TurnoverForm(Long districtId, @NotNull(message = "{field.required}") Integer year,
                           @NotNull(message = "{field.required}") StaffGroup group,
                           @NotNull(message = "{field.required}") Integer permanentStaff,
                           @NotNull(message = "{field.required}") Integer left,
                           Integer movedInCity, Long version, Boolean city) {

    /** Whether the form says in so many words that these are the city's figures. */
    boolean saysCity() {
        return Boolean.TRUE.equals(city);
    }
}
