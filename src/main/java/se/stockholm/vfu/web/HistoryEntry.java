package se.stockholm.vfu.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One line of a history dialog ({@code <v:historyDialog>}): when the change was recorded, who made it, what it was (the
 * new status or the action, in the user's language) and the feature's own details of it, one for each detail column
 * the page names, in the same order.
 */
public record HistoryEntry(Instant when, String who, String what, List<String> details) implements Serializable {

    public HistoryEntry {
        details = List.copyOf(details);
    }

    /** The details as the page shows them: as text, and a missing one (null) as an empty cell. */
    public static HistoryEntry of(Instant when, String who, String what, Object... details) {
        return new HistoryEntry(when, who, what,
                Arrays.stream(details).map(detail -> detail == null ? "" : detail.toString()).toList());
    }
}
