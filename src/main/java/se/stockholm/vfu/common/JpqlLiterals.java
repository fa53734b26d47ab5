package se.stockholm.vfu.common;

import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * Enum constants written into a JPQL query's text, for the sets of statuses a query always asks for. Bound as a list
 * parameter ({@code IN :statuses}) such a set makes Hibernate translate the whole query to SQL again on every call
 * (it keeps no translation of a query with a list parameter, whose SQL depends on the list's length): 2–5 % of a
 * dashboard's or the allocation page's time (docs/performance.md). A single value bound as a parameter costs nothing
 * of the kind.
 */
public final class JpqlLiterals {

    private JpqlLiterals() {
    }

    /** The constant as JPQL writes it: its enum's full name and its own. */
    public static String of(Enum<?> value) {
        return value.getDeclaringClass().getName() + "." + value.name();
    }

    /**
     * The constants as a JPQL list, {@code (a, b)}, in their declared order, so that a set gives one text (and one
     * translation) whatever its iteration order. Not for an empty set, which JPQL cannot write.
     */
    public static String of(Collection<? extends Enum<?>> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an empty list has no JPQL literal");
        }
        return values.stream().sorted(Comparator.comparingInt(Enum::ordinal)).map(JpqlLiterals::of)
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
