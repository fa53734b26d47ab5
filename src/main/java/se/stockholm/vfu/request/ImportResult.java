package se.stockholm.vfu.request;

import java.io.Serializable;

/** What an import saved: requests created and updated, and rows left out because they had errors. */
public record ImportResult(long created, long updated, long skippedRows) implements Serializable {
}
