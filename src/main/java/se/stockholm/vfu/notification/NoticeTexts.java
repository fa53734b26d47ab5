package se.stockholm.vfu.notification;

import java.text.ChoiceFormat;
import java.text.Format;
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
            MessageFormat format = new MessageFormat(bundle.getString(key), locale);
            return format.format(counted(format, arguments));
        } catch (IllegalArgumentException badPattern) {
            return bundle.getString(key);
        }
    }

    /**
     * The stored arguments (text, kept as given) with a count read as the number it is where the text chooses its
     * words by it ("1 placering", "2 placeringar"): a choice takes numbers only. Every other argument stays text, so
     * that a name of digits is never formatted as a number.
     */
    private static Object[] counted(MessageFormat format, List<String> arguments) {
        Object[] values = arguments.toArray();
        Format[] formats = format.getFormatsByArgumentIndex();
        for (int i = 0; i < values.length && i < formats.length; i++) {
            if (formats[i] instanceof ChoiceFormat && values[i] instanceof String text && text.matches("-?\\d{1,18}")) {
                values[i] = Long.valueOf(text);
            }
        }
        return values;
    }
}
