package se.stockholm.vfu.common;

/**
 * Reads typed values from a table's text filters ({@link PageRequest#filter(String)}). A value that is not
 * what the filter expects matches nothing rather than failing the whole page.
 */
public final class Filters {

    /** No row has this id. */
    private static final long NO_SUCH_ID = -1L;

    private Filters() {
    }

    /** An id filter: null when empty, an id that matches nothing when not a number. */
    public static Long id(String value) {
        if (value == null) {
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
        return value == null ? null : Boolean.valueOf(value.trim());
    }

    /** An enum filter: null when empty, and null (no filter) for an unknown name. */
    public static <E extends Enum<E>> E oneOf(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
