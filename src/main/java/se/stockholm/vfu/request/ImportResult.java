package se.stockholm.vfu.request;

import se.stockholm.vfu.request.importing.ImportError;

import java.io.Serializable;
import java.util.List;

/**
 * What an import saved: requests created and updated, and rows left out because they had errors, with those errors
 * by row, column and message as the preview lists them (a row may have gone bad since the preview: placed meanwhile).
 */
public record ImportResult(long created, long updated, long skippedRows, List<ImportError> errors)
        implements Serializable {

    public ImportResult {
        errors = List.copyOf(errors);
    }
}
