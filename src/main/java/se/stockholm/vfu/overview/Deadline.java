package se.stockholm.vfu.overview;

import java.io.Serializable;
import java.time.LocalDate;

/** A date of the term (reporting, requests, VFU start and end) and the days left to it; negative once passed. */
public record Deadline(String key, LocalDate date, long daysLeft) implements Serializable {

    public boolean passed() {
        return daysLeft < 0;
    }
}
