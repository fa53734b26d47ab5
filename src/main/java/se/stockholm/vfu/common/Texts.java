package se.stockholm.vfu.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Resolves a message key in the portal's resource bundles, for pages and the API alike. Features keep
 * their texts in bundles of their own (so parallel work does not collide in one file); a key is looked
 * up in each bundle in turn.
 */
public final class Texts {

    /** The bundles keys are looked up in, in this order. */
    public static final List<String> BUNDLES = List.of(
            "se.stockholm.vfu.i18n.messages",
            "se.stockholm.vfu.i18n.district");

    private Texts() {
    }

    /** The text for the key in the locale, with the arguments filled in; the key itself when no bundle has it. */
    public static String text(Locale locale, String key, Object... arguments) {
        for (String name : BUNDLES) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, locale);
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return arguments == null || arguments.length == 0 ? pattern
                        : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
            }
        }
        return key;
    }
}
