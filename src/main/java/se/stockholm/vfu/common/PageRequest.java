package se.stockholm.vfu.common;

import jakarta.persistence.Query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One page of a table as asked for by a lazy table or the API: where it starts, how long it is,
 * which column it is sorted by and what the user typed in the filters. Services map the sort field
 * through an allow-list, so no column name from the request reaches a query. A page's table also says the reader's
 * {@code language}: a person's name a page shows in another word than the stored one is searched by that word too
 * ({@link #containsCondition(String, Map, String, String...)}); null where what is stored is what is shown (the API).
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, Map<String, String> filters,
        Locale language) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        first = Math.max(0, first);
        size = Math.min(Math.max(1, size), MAX_SIZE);
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    /** A page asked for by a reader who sees what is stored (the API, a page's own look-ups). */
    public PageRequest(int first, int size, String sortField, boolean ascending, Map<String, String> filters) {
        this(first, size, sortField, ascending, filters, null);
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
     * The condition {@code " AND (LOCATE(:name, LOWER(column)) > 0 OR ...)"} when the filter {@code name} has a value,
     * else nothing; {@link #bindContains} gives the parameter the filter in lower case. LOCATE, not LIKE: what was typed
     * is looked for as it is (no wildcards to escape), and H2 looks for it with a plain substring search whatever the
     * database's collation, where its LIKE compares character by character through the Swedish collator (a search
     * was 3–5 times slower: docs/performance.md) and plans the statement again at every execution. MySQL's LOCATE
     * compares in the column's collation, as LIKE did. The columns are the caller's constants, never what a user typed.
     */
    public String containsCondition(String name, String... columns) {
        if (filter(name) == null) {
            return "";
        }
        return Arrays.stream(columns).map(column -> "LOCATE(:" + name + ", LOWER(" + column + ")) > 0")
                .collect(Collectors.joining(" OR ", " AND (", ")"));
    }

    /**
     * As {@link #containsCondition(String, String...)}, where {@code nameColumn} holds a person's name that a page may
     * show as another word: {@code shownNames} maps such a stored name to what the reader sees for it in this request's
     * language (retention's placeholder "Anonymiserad" is "Anonymised" on an English page). A row holding such a name
     * is found by what was typed in the word shown as well, in the query itself (e.g. "anonymised" finds every
     * anonymised student on an English page). The stored names are the caller's constants, never what a user typed.
     */
    public String containsCondition(String name, Map<String, String> shownNames, String nameColumn, String... columns) {
        String text = containsText(name);
        if (text == null) {
            return "";
        }
        List<String> storedAsShown = shownNames.entrySet().stream()
                .filter(shown -> shown.getValue().toLowerCase(Locale.ROOT).contains(text))
                .map(shown -> "'" + literal(shown.getKey()) + "'").sorted().toList();
        String condition = containsCondition(name, Stream.concat(Stream.of(nameColumn), Arrays.stream(columns))
                .toArray(String[]::new));
        return storedAsShown.isEmpty() ? condition : condition.substring(0, condition.length() - 1)
                + " OR " + nameColumn + " IN (" + String.join(", ", storedAsShown) + "))";
    }

    private static String literal(String constant) {
        if (constant.contains("'")) {
            throw new IllegalArgumentException("a stored name with a quote: " + constant);
        }
        return constant;
    }

    /** Sets the parameter of {@link #containsCondition} on the query, when the condition is there. */
    public <Q extends Query> Q bindContains(Q query, String name) {
        String text = containsText(name);
        if (text != null) {
            query.setParameter(name, text);
        }
        return query;
    }

    /** The filter {@code name} in lower case, as {@link #containsCondition} looks for it; null when there is none. */
    public String containsText(String name) {
        String value = filter(name);
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
