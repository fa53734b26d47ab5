package se.stockholm.vfu.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/** Adds translated messages to the page from the portal's resource bundle. */
public final class Messages {

    public static final String BUNDLE = "se.stockholm.vfu.i18n.messages";
    /** Bundles a feature keeps to itself (and its business-rule messages), looked up after the portal's own. */
    public static final List<String> FEATURE_BUNDLES = List.of("se.stockholm.vfu.i18n.requests");

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        List<String> names = new ArrayList<>(List.of(BUNDLE));
        names.addAll(FEATURE_BUNDLES);
        for (String name : names) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, context.getViewRoot().getLocale());
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
            }
        }
        return key;
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(severity, text, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
