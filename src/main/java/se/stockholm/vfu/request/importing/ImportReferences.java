package se.stockholm.vfu.request.importing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The areas of work and districts an import file may name, by code or by name, in any case: the reference data
 * the service reads once per file, so that validating thousands of rows asks the database nothing.
 */
public final class ImportReferences {

    private final Map<String, Long> areas = new HashMap<>();
    private final Map<String, Long> districts = new HashMap<>();

    public ImportReferences area(long id, String... codeAndNames) {
        for (String key : codeAndNames) {
            areas.put(key(key), id);
        }
        return this;
    }

    public ImportReferences district(long id, String... codeAndNames) {
        for (String key : codeAndNames) {
            districts.put(key(key), id);
        }
        return this;
    }

    Long area(String codeOrName) {
        return areas.get(key(codeOrName));
    }

    Long district(String codeOrName) {
        return districts.get(key(codeOrName));
    }

    private static String key(String value) {
        return ImportColumn.normalize(value).toLowerCase(Locale.ROOT);
    }
}
