package se.stockholm.vfu.common;

import java.util.Optional;

/**
 * The one reader of a table's text filters ({@link PageRequest#filter(String)}), for pages, exports and the API alike.
 * <p>
 * A filter that cannot be read <em>matches nothing</em>: a mistyped or forged value ("abc" for a district id, an
 * unknown status) must never widen a list to everything, which "no filter" would do. An empty filter is no filter.
 */
public final class Filters {

    /** No row has this id. */
    private static final long NO_SUCH_ID = -1L;

    private Filters() {
    }

    /** An id filter: null when empty (no filter), an id that matches nothing when not a number. */
    public static Long id(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException notANumber) {
            return NO_SUCH_ID;
        }
    }

    /** A yes/no filter: null when empty. */
    public static Boolean bool(String value) {
        return value == null || value.isBlank() ? null : Boolean.valueOf(value.trim());
    }

    /**
     * An enum filter: empty when there is no filter, the named value, or {@link Choice#matchesNothing()} for a name
     * that is not one of the enum's; the service then answers an empty page without asking the database.
     */
    public static <E extends Enum<E>> Choice<E> oneOf(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return new Choice<>(Optional.<E>empty(), false);
        }
        try {
            return new Choice<>(Optional.of(Enum.valueOf(type, value.trim())), false);
        } catch (IllegalArgumentException unknown) {
            return new Choice<>(Optional.<E>empty(), true);
        }
    }

    /** What an enum filter asks for: one value, any (no filter), or nothing at all (the filter was unreadable). */
    public record Choice<E extends Enum<E>>(Optional<E> value, boolean matchesNothing) {

        /** The value for a query's {@code (:x IS NULL OR col = :x)}: null means no filter. */
        public E orNull() {
            return value.orElse(null);
        }
    }
}
