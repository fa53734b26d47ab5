package se.stockholm.vfu.recruitment;

import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.request.importing.ImportError;
import se.stockholm.vfu.request.importing.Sheet;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads staff-turnover figures from an import sheet (CSV or Excel, read by the request import's streaming
 * {@code SheetReader} with its limits). Columns by header, in any order, Swedish or English:
 * {@code stadsdel|district|scope} (a district's code or name, or {@code CITY}/{@code staden} for the city as
 * reported), {@code år|year}, {@code yrkesgrupp|group|role} ({@code biståndshandläggare}/{@code socialsekreterare} or
 * {@code CASE_WORKER}/{@code SOCIAL_SECRETARY}), {@code tillsvidareanställda|permanent|total}, {@code slutat|left}
 * and, optional, {@code till annan stadsarbetsgivare|moved} (default 0). The report's own file
 * ({@code scope,role,year,left,total}) reads as it is. Every row is checked; each error names its row and column, or
 * only its row when it has more fields than the header (a CSV row split by a separator in a value).
 * Plain Java: no container.
 */
public final class TurnoverSheet {

    /** A row that passed every check, with its spreadsheet row number. */
    public record Parsed(int row, TurnoverForm form) {
    }

    /** The rows that passed and the errors of those that did not. */
    public record Result(List<Parsed> rows, List<ImportError> errors) {
    }

    private static final Map<String, List<String>> COLUMNS = Map.of(
            "district", List.of("stadsdel", "district", "scope", "stadsdelsforvaltning"),
            "year", List.of("ar", "year"),
            "group", List.of("yrkesgrupp", "group", "role", "staff group"),
            "permanent", List.of("tillsvidareanstallda", "permanent", "total", "permanent staff"),
            "left", List.of("slutat", "left"),
            "moved", List.of("till annan stadsarbetsgivare", "moved", "moved in city", "varav till staden"));

    /** The column of a figure's field, where its rule is broken: errors name the column, as the page shows it. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("permanentStaff", "permanent", "movedInCity",
            "moved");

    private TurnoverSheet() {
    }

    /**
     * @param districts district ids by upper-case code and by normalised name
     * @param ownDistrict a district contact's own district (rows of others are errors), or null for the central contact
     */
    public static Result parse(Sheet sheet, Map<String, Long> districts, Long ownDistrict) {
        List<String> headers = sheet.headers().stream().map(TurnoverSheet::normalise).toList();
        Map<String, Integer> index = new java.util.HashMap<>();
        COLUMNS.forEach((column, names) -> {
            for (int i = 0; i < headers.size(); i++) {
                if (names.contains(headers.get(i))) {
                    index.put(column, i);
                }
            }
        });
        List<ImportError> errors = new ArrayList<>();
        for (String required : List.of("district", "year", "group", "permanent", "left")) {
            if (!index.containsKey(required)) {
                errors.add(new ImportError(1, required, "recruitment.import.missingColumn", List.of()));
            }
        }
        if (!errors.isEmpty()) {
            return new Result(List.of(), errors);
        }
        List<Parsed> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Sheet.Row row : sheet.rows()) {
            if (row.isBlank()) {
                continue;
            }
            if (sheet.overflows(row)) {
                // a separator in a figure ("1,176") or a name moved the row's values right: none can be trusted
                errors.add(new ImportError(row.number(), null, "recruitment.import.tooManyFields",
                        List.of(Integer.toString(row.cells().size()), Integer.toString(sheet.headers().size()))));
                continue;
            }
            int before = errors.size();
            Long district = district(row.cell(index.get("district")), districts, row.number(), errors);
            if (errors.size() == before && ownDistrict != null && !ownDistrict.equals(district)) {
                errors.add(new ImportError(row.number(), "district", "recruitment.import.otherDistrict", List.of()));
            }
            Integer year = number(row, index.get("year"), "year", errors);
            StaffGroup group = group(row.cell(index.get("group")), row.number(), errors);
            Integer permanent = number(row, index.get("permanent"), "permanent", errors);
            Integer left = number(row, index.get("left"), "left", errors);
            Integer moved = index.containsKey("moved") && row.cell(index.get("moved")) != null
                    ? number(row, index.get("moved"), "moved", errors) : Integer.valueOf(0);
            if (errors.size() > before) {
                continue;
            }
            try {
                StaffTurnover.check(permanent, left, moved);
                if (year < StaffTurnover.FIRST_YEAR || year > StaffTurnover.LAST_YEAR) {
                    throw new InvalidInputException("year", "recruitment.error.year", StaffTurnover.FIRST_YEAR,
                            StaffTurnover.LAST_YEAR);
                }
            } catch (InvalidInputException wrong) {
                errors.add(new ImportError(row.number(), COLUMN_OF_FIELD.getOrDefault(wrong.getField(), wrong.getField()),
                        wrong.getMessageKey(),
                        java.util.Arrays.stream(wrong.getArguments()).map(String::valueOf).toList()));
                continue;
            }
            if (!seen.add(district + "/" + year + "/" + group)) {
                errors.add(new ImportError(row.number(), null, "recruitment.import.duplicate", List.of()));
                continue;
            }
            rows.add(new Parsed(row.number(), new TurnoverForm(district, year, group, permanent, left, moved, null, null)));
        }
        return new Result(rows, errors);
    }

    private static Long district(String value, Map<String, Long> districts, int row, List<ImportError> errors) {
        if (value == null) {
            errors.add(new ImportError(row, "district", "recruitment.import.required", List.of()));
            return null;
        }
        String key = normalise(value);
        if (key.equals("city") || key.equals("staden") || key.equals("staden totalt") || key.equals("stockholms stad")) {
            return null;
        }
        Long id = Optional.ofNullable(districts.get(value.trim().toUpperCase(Locale.ROOT))).orElse(districts.get(key));
        if (id == null) {
            errors.add(new ImportError(row, "district", "recruitment.import.unknownDistrict", List.of(value)));
        }
        return id;
    }

    private static StaffGroup group(String value, int row, List<ImportError> errors) {
        String key = value == null ? "" : normalise(value).replace(' ', '_');
        StaffGroup group = switch (key) {
            case "bistandshandlaggare", "case_worker", "case_workers" -> StaffGroup.CASE_WORKER;
            case "socialsekreterare", "social_secretary", "social_secretaries" -> StaffGroup.SOCIAL_SECRETARY;
            default -> null;
        };
        if (group == null) {
            errors.add(new ImportError(row, "group", "recruitment.import.unknownGroup", List.of(value == null ? "" : value)));
        }
        return group;
    }

    private static Integer number(Sheet.Row row, int column, String name, List<ImportError> errors) {
        String value = row.cell(column);
        try {
            if (value == null) {
                throw new NumberFormatException();
            }
            String plain = value.endsWith(".0") ? value.substring(0, value.length() - 2) : value;
            return Integer.valueOf(plain.replace(" ", ""));
        } catch (NumberFormatException notANumber) {
            errors.add(new ImportError(row.number(), name, "recruitment.import.number",
                    List.of(value == null ? "" : value)));
            return null;
        }
    }

    /**
     * A CSV file without its comment lines (lines starting with {@code #}, as in the report's own file); an Excel
     * file (a zip) as it is.
     */
    public static byte[] withoutComments(byte[] content) {
        if (content == null || content.length > 1 && content[0] == 'P' && content[1] == 'K') {
            return content;
        }
        String text = new String(content, java.nio.charset.StandardCharsets.UTF_8);
        if (!text.startsWith("#") && !text.contains("\n#")) {
            return content;
        }
        String kept = text.lines().filter(line -> !line.startsWith("#"))
                .collect(java.util.stream.Collectors.joining("\n"));
        return kept.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Lower case, no accents, single spaces: "Tillsvidareanställda" → "tillsvidareanstallda". */
    public static String normalise(String value) {
        String plain = Normalizer.normalize(value == null ? "" : value.trim(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return plain.replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ");
    }
}
