package se.stockholm.vfu.evaluation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the evaluation bundle outside Faces: the public answer page and the mails. */
public final class EvaluationTexts {

    public static final String BUNDLE = "se.stockholm.vfu.i18n.evaluation";
    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private EvaluationTexts() {
    }

    /** The formatted text; the key itself when the bundle lacks it. */
    public static String text(Locale locale, String key, Object... arguments) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        } catch (MissingResourceException | IllegalArgumentException missing) {
            return key;
        }
    }
}
