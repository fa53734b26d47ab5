package se.stockholm.vfu.web;

import jakarta.faces.context.FacesContext;
import se.stockholm.vfu.retention.AnonymisedName;

/**
 * The EL function {@code v:personName(name)}: a stored person's name as the page shows and exports it, in the page's
 * language where the name is retention's placeholder ({@link AnonymisedName}).
 */
public final class ShownNames {

    private ShownNames() {
    }

    public static String personName(String stored) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? stored
                : AnonymisedName.shown(stored, context.getViewRoot().getLocale());
    }
}
