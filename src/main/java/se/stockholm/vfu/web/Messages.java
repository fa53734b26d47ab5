package se.stockholm.vfu.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import se.stockholm.vfu.common.Texts;

import java.util.Locale;


/**
 * Adds translated messages to the page from the portal's resource bundles. An action that redirects takes them to the
 * next page ({@link KeepMessagesOnRedirect}).
 */
public final class Messages {

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        return Texts.text(locale(), key, arguments);
    }

    /** The page's language: its texts', numbers' and dates' (a chart's too). */
    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void warn(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_WARN, key, arguments);
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /**
     * An error beside a field that the view checks rather than Bean Validation: the request counts as failed
     * validation, so a dialog closed from the view ({@code if (!args.validationFailed)}) stays open with it.
     */
    public static void invalid(String clientId, String key, Object... arguments) {
        error(clientId, key, arguments);
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
