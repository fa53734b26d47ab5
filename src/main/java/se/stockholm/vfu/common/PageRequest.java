package se.stockholm.vfu.common;

import jakarta.persistence.Query;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

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
     * The condition {@code " AND (LOWER(column) LIKE :name ESCAPE '!' OR ...)"} when the filter {@code name} has a
     * value, else nothing; {@link #bindContains} gives the parameter its pattern. A list opened without a search then
     * runs a statement without LIKE, which the embedded database prepares once: H2 plans a statement with a LIKE again
     * at every execution (for the pattern's prefix), which was a fifth of a list page's time. The columns are the
     * caller's constants, never what a user typed.
     */
    public String containsCondition(String name, String... columns) {
        if (filter(name) == null) {
            return "";
        }
        return Arrays.stream(columns).map(column -> "LOWER(" + column + ") LIKE :" + name + " ESCAPE '" + LIKE_ESCAPE + "'")
                .collect(Collectors.joining(" OR ", " AND (", ")"));
    }

    /** Sets the parameter of {@link #containsCondition} on the query, when the condition is there. */
    public <Q extends Query> Q bindContains(Q query, String name) {
        String pattern = containsPattern(name);
        if (pattern != null) {
            query.setParameter(name, pattern);
        }
        return query;
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
