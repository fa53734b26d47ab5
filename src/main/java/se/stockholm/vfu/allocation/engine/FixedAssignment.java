package se.stockholm.vfu.allocation.engine;

import java.util.Objects;

/**
 * A placement that is already confirmed or locked by a person. The engine never moves it and
 * counts it against the place's capacity; it does not check it against the student's preferences,
 * because a person has decided it.
 */
public record FixedAssignment(String studentKey, String placeKey) {

    public FixedAssignment {
        Objects.requireNonNull(studentKey, "studentKey");
        Objects.requireNonNull(placeKey, "placeKey");
    }
}
