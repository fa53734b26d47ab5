package se.stockholm.vfu.request.importing;

import java.io.Serializable;
import java.util.List;

/**
 * One thing wrong in an import file: the spreadsheet row (1 is the header), the column's header (null for the
 * whole row) and a message key in the requests bundle with its arguments.
 */
public record ImportError(int row, String column, String messageKey, List<String> arguments) implements Serializable {

    public ImportError {
        arguments = List.copyOf(arguments);
    }
}
