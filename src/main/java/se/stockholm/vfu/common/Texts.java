package se.stockholm.vfu.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Finds the text for a message key in the portal's resource bundles: the shared one and one per
 * feature (each feature keeps its own texts so features can grow without editing one big file).
 */
public final class Texts {

    private static final String PACKAGE = "se.stockholm.vfu.i18n.";
    /**
     * The bundles searched, in order; a missing bundle is skipped. Each is named after the package whose texts it
     * holds, except the shared one ({@code messages}) and {@code district}, the district contact's reporting of places,
     * units and supervisors (three packages, one set of pages and one bundle).
     */
    static final List<String> BUNDLES = List.of("messages", "inquiry", "training", "district", "request",
            "allocation", "notification", "readlog", "audit", "network", "support", "evaluation", "recruitment",
            "overview");

    private Texts() {
    }

    /** The formatted text, or the key itself if no bundle has it (visible, but not a failure). */
    public static String text(Locale locale, String key, Object... arguments) {
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(PACKAGE + name, locale);
                if (bundle.containsKey(key)) {
                    String pattern = bundle.getString(key);
                    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
                }
            } catch (MissingResourceException noSuchBundle) {
                // this feature has no texts (yet)
            }
        }
        return key;
    }
}
