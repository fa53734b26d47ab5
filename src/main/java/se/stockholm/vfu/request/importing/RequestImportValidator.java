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
 * message: missing columns, a CSV row with more fields than the header, codes that name no area of work or district,
 * repeated student ids, and everything
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
            if (sheet.overflows(row)) {
                // its values are in the wrong columns: checking them would only report those mistakes
                errors.add(new ImportError(row.number(), null, "request.import.tooManyFields",
                        List.of(Integer.toString(row.cells().size()), Integer.toString(sheet.headers().size()))));
                continue;
            }
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
        if (first != null && last != null) {
            nameLength(row, first, last, errors);
        }
        List<Long> areas = ranked(row, index, AREAS, true, errors);
        List<Long> districts = ranked(row, index, DISTRICTS, false, errors);
        List<Long> exclusions = new ArrayList<>();
        String excluded = cell(row, index, ImportColumn.EXCLUSIONS);
        if (excluded != null) {
            for (String name : excluded.split(LIST_SEPARATORS)) {
                // a district excluded twice is still one exclusion (RequestData keeps it once): no error
                Long id = reference(row, ImportColumn.EXCLUSIONS, name.isBlank() ? null : name.trim(), false, errors);
                if (id != null) {
                    exclusions.add(id);
                }
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
            // the name comes from two columns, checked above column by column (RequestData knows only the joined name)
            boolean alreadySaid = violation.field().equals("studentName")
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
     * rules refuse before a given one; a name that is not found or named in an earlier column is left out, its own
     * error said.
     */
    private List<Long> ranked(Sheet.Row row, Map<ImportColumn, Integer> index, List<ImportColumn> columns,
                              boolean area, List<ImportError> errors) {
        List<Long> ids = new ArrayList<>();
        for (ImportColumn column : columns) {
            String value = cell(row, index, column);
            if (value == null) {
                ids.add(null);
            } else {
                preference(row, column, value, area, ids, errors);
            }
        }
        return ids;
    }

    /**
     * The first and last names are saved as one name, joined by a space, of at most {@link RequestData#NAME_MAX}
     * characters. A column too long for any name beside it is wrong itself; two that only together are too long are
     * both named.
     */
    private static void nameLength(Sheet.Row row, String first, String last, List<ImportError> errors) {
        int longestPart = RequestData.NAME_MAX - 2;
        boolean firstTooLong = first.length() > longestPart;
        boolean lastTooLong = last.length() > longestPart;
        if (firstTooLong) {
            errors.add(error(row, ImportColumn.FIRST_NAME, "request.error.tooLong", longestPart));
        }
        if (lastTooLong) {
            errors.add(error(row, ImportColumn.LAST_NAME, "request.error.tooLong", longestPart));
        }
        if (!firstTooLong && !lastTooLong && first.length() + 1 + last.length() > RequestData.NAME_MAX) {
            errors.add(new ImportError(row.number(),
                    ImportColumn.FIRST_NAME.header() + ", " + ImportColumn.LAST_NAME.header(),
                    "request.import.nameTooLong", List.of(Integer.toString(RequestData.NAME_MAX))));
        }
    }

    /** A ranked preference: one the row already named in an earlier column is an error of this column. */
    private void preference(Sheet.Row row, ImportColumn column, String value, boolean area, List<Long> into,
                            List<ImportError> errors) {
        Long id = reference(row, column, value, area, errors);
        if (id != null && into.contains(id)) {
            errors.add(error(row, column, "request.error.repeatedPreference"));
        } else if (id != null) {
            into.add(id);
        }
    }

    /** The id of the area or district the cell names; null, with an error if the cell names one not found, if none. */
    private Long reference(Sheet.Row row, ImportColumn column, String value, boolean area, List<ImportError> errors) {
        if (value == null) {
            return null;
        }
        Long id = area ? references.area(value) : references.district(value);
        if (id == null) {
            errors.add(error(row, column, area ? "request.import.unknownArea" : "request.import.unknownDistrict", value));
        }
        return id;
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
            case "studentEmail" -> ImportColumn.EMAIL;
            case "homeUniversity" -> ImportColumn.HOME_UNIVERSITY;
            case "areas" -> ImportColumn.AREA_1;
            case "districts" -> ImportColumn.DISTRICT_1;
            case "languages" -> ImportColumn.LANGUAGES;
            case "extraSupportNote" -> ImportColumn.EXTRA_SUPPORT_NOTE;
            case "exclusions" -> ImportColumn.EXCLUSIONS;
            case "notes" -> ImportColumn.NOTES;
            default -> throw new IllegalArgumentException("No import column for the field " + violation.field());
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
