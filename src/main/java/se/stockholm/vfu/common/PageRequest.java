package se.stockholm.vfu.common;

import java.util.Map;

/**
 * One page of a table as asked for by a lazy table or the API: where it starts, how long it is,
 * which column it is sorted by and what the user typed in the filters. Services map the sort field
 * through an allow-list, so no column name from the request reaches a query.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, Map<String, String> filters) {

    public static final int MAX_SIZE = 500;
    /** Use as {@code LIKE :pattern ESCAPE '!'} with {@link #containsPattern(String)}. */
    public static final char LIKE_ESCAPE = '!';

    public PageRequest {
        first = Math.max(0, first);
        size = Math.min(Math.max(1, size), MAX_SIZE);
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size, null, true, Map.of());
    }

    /**
     * The ORDER BY clause for this page: the requested column if the allow-list names it, else the default;
     * the id last so that paging is stable when values repeat.
     */
    public String orderBy(Map<String, String> sortable, String defaultColumn, String idColumn) {
        String column = sortField == null ? defaultColumn : sortable.getOrDefault(sortField, defaultColumn);
        return " ORDER BY " + column + (ascending ? " ASC" : " DESC") + ", " + idColumn;
    }

    /** The trimmed filter value, or null when the user left it empty. */
    public String filter(String name) {
        String value = filters.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * A LIKE pattern matching the filter anywhere, case-insensitively, with LIKE's wildcards taken literally.
     * The escape character is {@link #LIKE_ESCAPE}: a backslash means different things to MySQL and H2.
     */
    public String containsPattern(String name) {
        String value = filter(name);
        if (value == null) {
            return null;
        }
        String escaped = value.toLowerCase().replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
