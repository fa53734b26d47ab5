package se.stockholm.vfu.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIMessages;
import jakarta.faces.component.behavior.ClientBehaviorContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.PartialViewContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.component.dialog.Dialog;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * What a request says is said once, where the user is looking: in a dialog or panel with messages of its own, not
 * also at the top of the page (see faces-config.xml).
 * <p>
 * The layout's messages at the top show the page's messages and every ajax request updates them
 * ({@code p:autoUpdate}); a dialog's or a panel's own messages ({@code p:messages} without {@code for}) show them
 * too, so a refused save was said twice, once in the dialog and once behind its mask, and a panel's button either said
 * its answer twice or, leaving the top alone ({@code ignoreAutoUpdate}), beside an older answer still at the top.
 * Before the answer to an ajax request is rendered, its page messages are marked as shown when such messages are
 * part of the answer (they or a component holding them are updated, and they are rendered); the layout's messages,
 * which do not show a message again ({@code redisplay="false"}), are then rendered empty: the top is cleared of what
 * an earlier request said and the answer is said once, in its place. The messages that count:
 * <ul>
 *     <li>a dialog's, when the request was sent from inside that dialog and failed (a rule refused it, or its fields
 *     did: the dialog stays open, {@code if (!args.validationFailed)}). A request that went through closes the
 *     dialog, and what it says ("Enheten … är sparad.") is shown on the page as before;</li>
 *     <li>a panel's, marked {@code styleClass="panel-messages"} ({@link #PANEL_MESSAGES}), whatever the request's
 *     answer and wherever it came from: a panel is on view whenever its messages are rendered. A panel that closes
 *     (is not rendered) leaves what was said to the top ("Händelsen … är borttagen.").</li>
 * </ul>
 * Messages that do not show a message again ({@code redisplay="false"}, as the audit and retention forms' do) never
 * count, so a message is never left shown nowhere.
 */
public class DialogMessages implements PhaseListener {

    /** The style class of a panel's messages that say the page's messages in place of the layout's. */
    public static final String PANEL_MESSAGES = "panel-messages";

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        PartialViewContext partial = context.getPartialViewContext();
        if (!partial.isAjaxRequest() || context.getViewRoot() == null || !context.getMessages(null).hasNext()) {
            return;
        }
        Dialog sourceDialog = context.isValidationFailed() ? sourceDialog(context) : null;
        Collection<String> targets = partial.isRenderAll()
                ? List.of(context.getViewRoot().getClientId(context)) : partial.getRenderIds();
        for (String target : targets) {
            if (saidIn(context, target, sourceDialog)) {
                for (Iterator<FacesMessage> messages = context.getMessages(null); messages.hasNext(); ) {
                    messages.next().rendered();
                }
                return;
            }
        }
    }

    /** The dialog the component that sent the request is in, or null. */
    private static Dialog sourceDialog(FacesContext context) {
        String source = context.getExternalContext().getRequestParameterMap()
                .get(ClientBehaviorContext.BEHAVIOR_SOURCE_PARAM_NAME);
        Dialog[] found = {null};
        if (source != null) {
            context.getViewRoot().invokeOnComponent(context, source,
                    (ctx, component) -> found[0] = enclosing(component, Dialog.class));
        }
        return found[0];
    }

    /** Whether the updated component {@code targetClientId} renders messages that say the page's in the layout's place. */
    private static boolean saidIn(FacesContext context, String targetClientId, Dialog sourceDialog) {
        boolean[] said = {false};
        if (targetClientId.equals(context.getViewRoot().getClientId(context))) {
            said[0] = saysPageMessages(context, context.getViewRoot(), sourceDialog);
        } else {
            context.getViewRoot().invokeOnComponent(context, targetClientId,
                    (ctx, target) -> said[0] = saysPageMessages(ctx, target, sourceDialog));
        }
        return said[0];
    }

    private static boolean saysPageMessages(FacesContext context, UIComponent component, Dialog sourceDialog) {
        if (component instanceof UIMessages messages) {
            return messages.getFor() == null && messages.isRedisplay() && counts(messages, sourceDialog)
                    && shown(messages);
        }
        for (Iterator<UIComponent> children = component.getFacetsAndChildren(); children.hasNext(); ) {
            if (saysPageMessages(context, children.next(), sourceDialog)) {
                return true;
            }
        }
        return false;
    }

    /** A panel's marked messages, or the messages of the dialog a failed request came from. */
    private static boolean counts(UIMessages messages, Dialog sourceDialog) {
        Object styleClass = messages.getAttributes().get("styleClass");
        if (styleClass != null && List.of(styleClass.toString().split("\\s+")).contains(PANEL_MESSAGES)) {
            return true;
        }
        return sourceDialog != null && enclosing(messages, Dialog.class) == sourceDialog;
    }

    /** Whether the component and everything holding it are rendered. */
    private static boolean shown(UIComponent component) {
        for (UIComponent c = component; c != null; c = c.getParent()) {
            if (!c.isRendered()) {
                return false;
            }
        }
        return true;
    }

    private static <T> T enclosing(UIComponent component, Class<T> type) {
        for (UIComponent c = component; c != null; c = c.getParent()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after the answer is rendered
    }
}
