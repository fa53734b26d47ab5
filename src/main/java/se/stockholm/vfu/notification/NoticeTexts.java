package se.stockholm.vfu.notification;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Says a notice in one language from the {@code notifications} bundle. Every text goes through MessageFormat,
 * with or without arguments, so that an apostrophe is always written the same way ('') in the bundle.
 */
public final class NoticeTexts {

    static final String BUNDLE = "se.stockholm.vfu.i18n.notification";
    public static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private NoticeTexts() {
    }

    public static String subject(Notice notice, Locale locale) {
        return text(locale, notice.subjectKey(), notice.arguments());
    }

    public static String body(Notice notice, Locale locale) {
        return text(locale, notice.bodyKey(), notice.arguments());
    }

    /** The formatted text, or the key itself when the bundle lacks it: visible, but never a failure. */
    public static String text(Locale locale, String key, List<String> arguments) {
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? SWEDISH : locale);
        } catch (MissingResourceException noBundle) {
            return key;
        }
        if (!bundle.containsKey(key)) {
            return key;
        }
        try {
            return new MessageFormat(bundle.getString(key), locale).format(arguments.toArray());
        } catch (IllegalArgumentException badPattern) {
            return bundle.getString(key);
        }
    }
}
