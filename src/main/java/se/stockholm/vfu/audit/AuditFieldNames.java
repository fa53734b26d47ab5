package se.stockholm.vfu.audit;

import se.stockholm.vfu.common.Texts;

import java.util.Locale;
import java.util.Optional;

/**
 * A changed field's name for people, in their language: the history stores columns ({@code ended_on},
 * {@code changed_by}), which the API keeps as they are (its machine names) while the page and its exports name them
 * from the audit bundle. A column is named by {@code audit.field.<type>.<column>} where it means something of its own
 * in one record type, else by {@code audit.field.<column>}; a column with neither (one added without a name) is shown
 * readably, "ended on", rather than as its key. {@code AuditSchemaIT} fails on a column of the history without a name.
 */
public final class AuditFieldNames {

    private AuditFieldNames() {
    }

    /** The field's name in this language. */
    public static String name(Locale locale, String type, String column) {
        return named(locale, type, column).orElseGet(() -> readable(column));
    }

    /** The field's name from the bundle, empty when the bundle has none. */
    static Optional<String> named(Locale locale, String type, String column) {
        for (String key : new String[] {"audit.field." + type + "." + column, "audit.field." + column}) {
            String text = Texts.text(locale, key);
            if (!text.equals(key)) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** "ended_on" as "ended on": a column's words, never its key. */
    static String readable(String column) {
        return column.replace('_', ' ').trim();
    }
}
