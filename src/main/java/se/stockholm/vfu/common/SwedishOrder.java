package se.stockholm.vfu.common;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Names in Swedish alphabetical order for the few lists sorted in Java: a–z, then å, ä, ö, small and capital letters
 * together; the order the database gives the lists it sorts (config.SwedishCollation).
 */
public final class SwedishOrder {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private SwedishOrder() {
    }

    /** A comparator of names in Swedish order; a new one per sort, as a {@link Collator} is not made to be shared. */
    public static Comparator<String> names() {
        Collator collator = Collator.getInstance(SWEDISH);
        return collator::compare;
    }
}
