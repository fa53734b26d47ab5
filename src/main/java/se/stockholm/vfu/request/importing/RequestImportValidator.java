package se.stockholm.vfu.request.importing;

import se.stockholm.vfu.request.RequestData;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks every row of an import {@link Sheet} and collects every error, not just the first, by row, column and
 * message: missing columns, codes that name no area of work or district, repeated student ids, and everything
 * {@link RequestData#violations()} refuses on the form. Plain Java, so it is tested and measured without a server.
 */
public final class RequestImportValidator {

    private static final Set<String> YES = Set.of("ja", "j", "yes", "y", "x", "1", "true", "sant");
    private static final Set<String> NO = Set.of("nej", "n", "no", "0", "false", "falskt");
    private static final String LIST_SEPARATORS = "[,;|]";
    private static final List<ImportColumn> AREAS = List.of(ImportColumn.AREA_1, ImportColumn.AREA_2, ImportColumn.AREA_3);
    private static final List<ImportColumn> DISTRICTS = List.of(ImportColumn.DISTRICT_1, ImportColumn.DISTRICT_2,
            ImportColumn.DISTRICT_3);

    private final ImportReferences references;

    public RequestImportValidator(ImportReferences references) {
        this.references = references;
    }

    public ImportPreview validate(Sheet sheet) {
        List<ImportError> errors = new ArrayList<>();
        Map<ImportColumn, Integer> index = columns(sheet.headers(), errors);
        if (!errors.isEmpty()) {
            return new ImportPreview(sheet.rows().size(), List.of(), errors);
        }
        List<ImportRow> valid = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Sheet.Row row : sheet.rows()) {
            int before = errors.size();
            RequestData data = row(row, index, errors);
            if (data.studentRef() != null) {
                Integer first = seen.putIfAbsent(data.studentRef().toLowerCase(Locale.ROOT), row.number());
                if (first != null) {
                    errors.add(error(row, ImportColumn.STUDENT_ID, "request.import.repeated", first));
                }
            }
            if (errors.size() == before) {
                valid.add(new ImportRow(row.number(), data, false));
            }
        }
        return new ImportPreview(sheet.rows().size(), valid, errors);
    }

    private static Map<ImportColumn, Integer> columns(List<String> headers, List<ImportError> errors) {
        Map<ImportColumn, Integer> index = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < headers.size(); i++) {
            for (ImportColumn column : ImportColumn.values()) {
                if (column.matches(headers.get(i))) {
                    if (index.putIfAbsent(column, i) != null) {
                        errors.add(new ImportError(1, column.header(), "request.import.columnTwice", List.of()));
                    }
                }
            }
        }
        for (ImportColumn column : ImportColumn.values()) {
            if (column.isRequired() && !index.containsKey(column)) {
                errors.add(new ImportError(1, column.header(), "request.import.columnMissing", List.of()));
            }
        }
        return index;
    }

    private RequestData row(Sheet.Row row, Map<ImportColumn, Integer> index, List<ImportError> errors) {
        String first = cell(row, index, ImportColumn.FIRST_NAME);
        String last = cell(row, index, ImportColumn.LAST_NAME);
        if (first == null) {
            errors.add(error(row, ImportColumn.FIRST_NAME, "request.error.required"));
        }
        if (last == null) {
            errors.add(error(row, ImportColumn.LAST_NAME, "request.error.required"));
        }
        List<Long> areas = ranked(row, index, AREAS, true, errors);
        List<Long> districts = ranked(row, index, DISTRICTS, false, errors);
        List<Long> exclusions = new ArrayList<>();
        String excluded = cell(row, index, ImportColumn.EXCLUSIONS);
        if (excluded != null) {
            for (String name : excluded.split(LIST_SEPARATORS)) {
                reference(row, index, ImportColumn.EXCLUSIONS, name.isBlank() ? null : name.trim(), false,
                        exclusions, errors);
            }
        }
        String languages = cell(row, index, ImportColumn.LANGUAGES);
        boolean extraSupport = yesNo(row, index, ImportColumn.EXTRA_SUPPORT, errors);
        boolean noPreference = noneGiven(row, index);
        RequestData data = new RequestData(cell(row, index, ImportColumn.STUDENT_ID),
                first == null || last == null ? null : first + " " + last, cell(row, index, ImportColumn.EMAIL),
                cell(row, index, ImportColumn.HOME_UNIVERSITY), noPreference, areas, districts,
                languages == null ? List.of("sv") : List.of(languages.split(LIST_SEPARATORS + "|\\s+")),
                extraSupport, cell(row, index, ImportColumn.EXTRA_SUPPORT_NOTE), exclusions,
                cell(row, index, ImportColumn.NOTES));
        for (RequestData.Violation violation : data.violations()) {
            boolean alreadySaid = violation.field().equals("studentName") && (first == null || last == null)
                    || violation.messageKey().equals("request.error.preferenceRequired") && !noneGiven(row, index);
            if (alreadySaid) {
                continue;
            }
            errors.add(new ImportError(row.number(), columnOf(violation).header(), violation.messageKey(),
                    violation.arguments()));
        }
        return data;
    }

    /** Whether the row names no area or district at all (as opposed to naming ones that were not found). */
    private static boolean noneGiven(Sheet.Row row, Map<ImportColumn, Integer> index) {
        return Stream.concat(AREAS.stream(), DISTRICTS.stream()).allMatch(c -> cell(row, index, c) == null);
    }

    /**
     * The ids of a ranked group of columns, rank by rank: an empty cell is an empty rank (null), which the request's
     * rules refuse before a given one; a name that is not found is left out, its own error said.
     */
    private List<Long> ranked(Sheet.Row row, Map<ImportColumn, Integer> index, List<ImportColumn> columns,
                              boolean area, List<ImportError> errors) {
        List<Long> ids = new ArrayList<>();
        for (ImportColumn column : columns) {
            String value = cell(row, index, column);
            if (value == null) {
                ids.add(null);
            } else {
                reference(row, index, column, value, area, ids, errors);
            }
        }
        return ids;
    }

    private void reference(Sheet.Row row, Map<ImportColumn, Integer> index, ImportColumn column, String value,
                           boolean area, List<Long> into, List<ImportError> errors) {
        if (value == null) {
            return;
        }
        Long id = area ? references.area(value) : references.district(value);
        if (id == null) {
            errors.add(error(row, column, area ? "request.import.unknownArea" : "request.import.unknownDistrict", value));
        } else {
            into.add(id);
        }
    }

    private static boolean yesNo(Sheet.Row row, Map<ImportColumn, Integer> index, ImportColumn column,
                                 List<ImportError> errors) {
        String value = cell(row, index, column);
        if (value == null || NO.contains(value.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (YES.contains(value.toLowerCase(Locale.ROOT))) {
            return true;
        }
        errors.add(error(row, column, "request.import.yesNo", value));
        return false;
    }

    private static String cell(Sheet.Row row, Map<ImportColumn, Integer> index, ImportColumn column) {
        Integer at = index.get(column);
        return at == null ? null : row.cell(at);
    }

    /** The column a broken rule is said in: a gap in a ranking in the empty rank's column. */
    private static ImportColumn columnOf(RequestData.Violation violation) {
        if (violation.messageKey().equals(RequestData.PREFERENCE_GAP)) {
            List<ImportColumn> ranks = violation.field().equals("areas") ? AREAS : DISTRICTS;
            return ranks.get(Integer.parseInt(violation.arguments().get(0)) - 1);
        }
        return switch (violation.field()) {
            case "studentRef" -> ImportColumn.STUDENT_ID;
            case "studentName" -> ImportColumn.LAST_NAME;
            case "studentEmail" -> ImportColumn.EMAIL;
            case "homeUniversity" -> ImportColumn.HOME_UNIVERSITY;
            case "areas" -> ImportColumn.AREA_1;
            case "districts" -> ImportColumn.DISTRICT_1;
            case "languages" -> ImportColumn.LANGUAGES;
            case "extraSupportNote" -> ImportColumn.EXTRA_SUPPORT_NOTE;
            case "exclusions" -> ImportColumn.EXCLUSIONS;
            default -> ImportColumn.NOTES;
        };
    }

    private static ImportError error(Sheet.Row row, ImportColumn column, String key, Object... arguments) {
        List<String> texts = new ArrayList<>();
        for (Object argument : arguments) {
            texts.add(String.valueOf(argument));
        }
        return new ImportError(row.number(), column.header(), key, texts);
    }
}
