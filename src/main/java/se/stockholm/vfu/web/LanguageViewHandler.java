package se.stockholm.vfu.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/**
 * Every page starts in the language the user works in ({@link Language}), never the browser's. Faces gives a new view
 * the locale of the browser's Accept-Language, and the layout's {@code f:view locale} takes over only when the page's
 * components are built, after its view actions have run: a message said by a view action (a record the user may not
 * see) or a text it made (the funnel chart's legend) came in the browser's language on a page in the other one.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    /** Faces hands over the view handler it had before this one. */
    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        // without a session: the language the browser last chose, as Language starts (and no session is made here)
        if (context.getExternalContext().getSession(false) == null) {
            return Language.chosenBefore(context.getExternalContext());
        }
        return context.getApplication().evaluateExpressionGet(context, "#{language.locale}", Locale.class);
    }
}
