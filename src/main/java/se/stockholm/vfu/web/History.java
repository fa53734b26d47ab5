package se.stockholm.vfu.web;

import java.io.Serializable;
import java.util.List;

/**
 * What a history dialog ({@code <v:historyDialog>}) shows: whose history it is (named in the dialog's title) and its
 * lines, in the order the feature's service gives them.
 */
public record History(String subject, List<HistoryEntry> entries) implements Serializable {

    /** Before a history is opened: the dialog is in the page, hidden and empty. */
    public static final History NONE = new History("", List.of());

    public History {
        entries = List.copyOf(entries);
    }
}
