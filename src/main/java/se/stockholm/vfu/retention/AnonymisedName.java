package se.stockholm.vfu.retention;

import se.stockholm.vfu.common.Texts;

import java.util.Locale;
import java.util.Map;

/**
 * The placeholder retention stores for an anonymised person ({@link Retention#ANONYMISED_NAME}, one Swedish word,
 * the same in every record and its history) as a reader sees it: in the page's or the export's language. What is
 * stored stays as it is; only what is shown is translated.
 */
public final class AnonymisedName {

    private AnonymisedName() {
    }

    /** The name as shown in this language: the placeholder translated, any other name (or none) as it is. */
    public static String shown(String stored, Locale locale) {
        return Retention.ANONYMISED_NAME.equals(stored) ? Texts.text(locale, "retention.anonymisedName") : stored;
    }

    /**
     * The placeholder and what a reader sees for it in this language, for a list's search by a student's name
     * ({@code PageRequest.containsCondition(name, shownNames, nameColumn, ...)}); none where what is stored is shown
     * (no language: the API).
     */
    public static Map<String, String> shownIn(Locale language) {
        String shown = language == null ? null : shown(Retention.ANONYMISED_NAME, language);
        // a page whose word is the stored one (Swedish) needs no second condition
        return shown == null || shown.equals(Retention.ANONYMISED_NAME) ? Map.of() : Map.of(Retention.ANONYMISED_NAME, shown);
    }
}
