package se.stockholm.vfu.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIMessages;
import jakarta.faces.component.behavior.ClientBehaviorContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.component.dialog.Dialog;

import java.util.Iterator;

/**
 * A refusal in a dialog is said once, in the dialog: not on the page behind it as well (see faces-config.xml).
 * <p>
 * A dialog's own messages ({@code p:messages} without {@code for}) show the page's messages, and so do the page's
 * messages at the top of the layout, which every ajax request updates ({@code p:autoUpdate}): a refused save said the
 * refusal twice, once in the dialog and once behind its mask. When a request sent from inside a dialog that has such
 * messages failed (a rule refused it, or its fields did: the dialog stays open, {@code if (!args.validationFailed)}),
 * its page messages are marked as shown before the answer is rendered, and the layout's messages, which do not show a
 * message again ({@code redisplay="false"}), leave them to the dialog. A request that went through closes the dialog,
 * and what it says ("Enheten … är sparad.") is shown on the page as before.
 */
public class DialogMessages implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isValidationFailed() || !context.getPartialViewContext().isAjaxRequest()
                || context.getViewRoot() == null) {
            return;
        }
        String source = context.getExternalContext().getRequestParameterMap()
                .get(ClientBehaviorContext.BEHAVIOR_SOURCE_PARAM_NAME);
        if (source == null || !sentFromDialogWithMessages(context, source)) {
            return;
        }
        for (Iterator<FacesMessage> messages = context.getMessages(null); messages.hasNext(); ) {
            messages.next().rendered();
        }
    }

    /** Whether the component that sent the request is in a dialog with messages of its own that show the page's. */
    private static boolean sentFromDialogWithMessages(FacesContext context, String sourceClientId) {
        boolean[] found = {false};
        context.getViewRoot().invokeOnComponent(context, sourceClientId, (ctx, component) -> {
            for (UIComponent parent = component; parent != null; parent = parent.getParent()) {
                if (parent instanceof Dialog dialog) {
                    found[0] = showsPageMessages(dialog);
                    return;
                }
            }
        });
        return found[0];
    }

    private static boolean showsPageMessages(UIComponent component) {
        if (component instanceof UIMessages messages && messages.getFor() == null && messages.isRendered()) {
            return true;
        }
        for (Iterator<UIComponent> children = component.getFacetsAndChildren(); children.hasNext(); ) {
            if (showsPageMessages(children.next())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after the answer is rendered
    }
}
