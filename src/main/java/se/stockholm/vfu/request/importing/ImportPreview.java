package se.stockholm.vfu.request.importing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.List;
import java.util.Set;

/**
 * What an import file would do, shown before anything is saved: the rows that would be created or updated and
 * every error by row, column and message. Rows with an error are never saved.
 */
public record ImportPreview(int rowCount, List<ImportRow> validRows, List<ImportError> errors) implements Serializable {

    public ImportPreview {
        validRows = List.copyOf(validRows);
        errors = List.copyOf(errors);
    }

    /** The same preview, with the rows whose student (id in lower case) already has a request marked as updates. */
    public ImportPreview markExisting(Set<String> existingStudentRefs) {
        return new ImportPreview(rowCount, validRows.stream()
                .map(r -> new ImportRow(r.row(), r.data(), existingStudentRefs.contains(key(r))))
                .toList(), errors);
    }

    /** The same preview, with the rows of these students (ids in lower case) moved to the errors with this message. */
    public ImportPreview refuse(Set<String> studentRefs, String messageKey) {
        if (studentRefs.isEmpty()) {
            return this;
        }
        List<ImportError> allErrors = new ArrayList<>(errors);
        List<ImportRow> stillValid = new ArrayList<>();
        for (ImportRow row : validRows) {
            if (studentRefs.contains(key(row))) {
                allErrors.add(new ImportError(row.row(), ImportColumn.STUDENT_ID.header(), messageKey,
                        List.of(row.data().studentRef())));
            } else {
                stillValid.add(row);
            }
        }
        allErrors.sort(Comparator.comparingInt(ImportError::row));
        return new ImportPreview(rowCount, stillValid, allErrors);
    }

    private static String key(ImportRow row) {
        return row.data().studentRef().toLowerCase(Locale.ROOT);
    }

    public long creates() {
        return validRows.stream().filter(r -> !r.update()).count();
    }

    public long updates() {
        return validRows.stream().filter(ImportRow::update).count();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Rows with at least one error: every row when the header has one (a column missing), as none is imported. */
    public long invalidRowCount() {
        if (errors.stream().anyMatch(e -> e.row() == 1)) {
            return rowCount;
        }
        return errors.stream().map(ImportError::row).distinct().count();
    }
}
