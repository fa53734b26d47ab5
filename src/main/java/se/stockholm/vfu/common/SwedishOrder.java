package se.stockholm.vfu.common;

import java.text.Collator;
import java.text.ParseException;
import java.text.RuleBasedCollator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Names in Swedish alphabetical order for the lists sorted in Java: a–z, then å, ä, ö, small and capital letters
 * together, as MySQL's and MariaDB's {@code utf8mb4_swedish_ci} sorts the lists the database sorts
 * (config.SwedishCollation).
 * <p>
 * The JDK's Swedish rules still sort V and W as one letter, as dictionaries did before 2006; W follows V here, as in
 * the database's collation. (Two fine points stay the JDK's: spaces and hyphens count only where the letters are
 * equal, and H2, which uses the JDK's rules as they are, keeps V and W together: README, "Swedish order".)
 */
public final class SwedishOrder {

    private static final RuleBasedCollator RULES = modernSwedish();

    private SwedishOrder() {
    }

    /**
     * A comparator of names in Swedish order; names the collator finds equal (differing only in what it ignores)
     * are kept apart by their characters, so that a sorted map never merges two names. A new collator per call, as
     * one is not made to be shared.
     */
    public static Comparator<String> names() {
        Collator collator = (Collator) RULES.clone();
        Comparator<String> swedish = collator::compare;
        return swedish.thenComparing(Comparator.naturalOrder());
    }

    private static RuleBasedCollator modernSwedish() {
        RuleBasedCollator jdk = (RuleBasedCollator) Collator.getInstance(Locale.forLanguageTag("sv-SE"));
        try {
            return new RuleBasedCollator(jdk.getRules() + "& V < w, W");
        } catch (ParseException invalidRules) {
            throw new IllegalStateException("the JDK's Swedish collation rules could not be extended", invalidRules);
        }
    }
}
