package se.stockholm.vfu.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.BusinessException;
import se.stockholm.vfu.common.Causes;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.security.RefusedAccess;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a broken business rule into a message on the same page, beside the field it concerns when there is one, and
 * input a service's (or an entity's, on flush) Bean Validation refused into messages at the top of the page; either
 * way what the user typed is kept. Everything else goes on to the error page.
 * <p>
 * A refusal's field is the id of a component in the page, or {@code table[row].field} for a field in a row of a
 * table (the property path the API answers with, e.g. {@code courses[1].endDate}): the component {@code field} in
 * row {@code row} of the table whose id is {@code table}. The field is looked for in the form the request sent; only a
 * request that sent no form (a page's own action on opening) looks in the whole page.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    private static final Pattern ROW_FIELD = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable thrown = events.next().getContext().getException();
            BusinessException business = Causes.find(thrown, BusinessException.class);
            // a refusal while the page renders, or before its view is restored, has no page to answer on: error page
            ConstraintViolationException invalid = context.getViewRoot() == null
                    || context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE
                    ? null : Causes.find(thrown, ConstraintViolationException.class);
            EJBAccessException refused = Causes.find(thrown, EJBAccessException.class);
            if (business != null) {
                Messages.error(clientIdOf(business), business.getMessageKey(), business.getArguments());
                if (business instanceof InvalidInputException refusedInput) {
                    // the same input's other refusals, each beside its own field
                    refusedInput.getOthers().forEach(other ->
                            Messages.error(clientIdOf(other), other.getMessageKey(), other.getArguments()));
                }
            } else if (invalid != null) {
                // a service's own Bean Validation refused what the page let through: say what, keep what was typed
                ServiceViolations.show(context, invalid);
            } else if (Causes.find(thrown, OptimisticLockException.class) != null) {
                Messages.error(null, "error.concurrentChange");
            } else if (refused != null) {
                RefusedAccess.log(context.getViewRoot() == null ? "page" : context.getViewRoot().getViewId(), refused);
                Messages.error(null, new AccessDeniedException().getMessageKey());
            } else {
                continue;
            }
            events.remove();
            context.validationFailed();
            context.renderResponse();
        }
        getWrapped().handle();
    }

    private static String clientIdOf(BusinessException business) {
        if (business instanceof InvalidInputException invalid && invalid.getField() != null) {
            UIComponent root = FacesContext.getCurrentInstance().getViewRoot();
            Matcher inRow = ROW_FIELD.matcher(invalid.getField());
            if (inRow.matches()) {
                return clientIdInRow(root, inRow.group(1), Integer.parseInt(inRow.group(2)), inRow.group(3));
            }
            UIComponent field = findField(FacesContext.getCurrentInstance(), invalid.getField());
            return field == null ? null : field.getClientId();
        }
        return null;
    }

    /** The client id the field has in that row of the table (the id its message beside it is rendered for). */
    private static String clientIdInRow(UIComponent root, String tableId, int row, String fieldId) {
        if (!(findById(root, tableId) instanceof UIData table)) {
            return null;
        }
        UIComponent field = findById(table, fieldId);
        if (field == null) {
            return null;
        }
        int current = table.getRowIndex();
        table.setRowIndex(row);
        try {
            return table.isRowAvailable() ? field.getClientId() : null;
        } finally {
            table.setRowIndex(current);
        }
    }

    /**
     * The shown input with that id, else a shown component with it that has a shown message for it, in the forms the
     * request sent; none there, the message is the page's. A field elsewhere in the page is not what the user just
     * sent, and a message beside it goes unseen: the button's update does not reach it, or the field is in a dialog
     * closed but still rendered (the placements page's one-click completion, refused by date, went to the reason
     * dialog's "date" once that had been opened for an interruption). Only a request that sent no form looks in the
     * whole page. Within a form a dialog's field may share its id with a table (the place dialog's "places" and the
     * places table), and a message for the table was never shown; nor was one for a field not rendered, nor one for
     * a component no message is for (the page's messages show only page-wide ones).
     */
    private static UIComponent findField(FacesContext context, String id) {
        UIComponent root = context.getViewRoot();
        List<UIForm> sent = new ArrayList<>();
        collectSentForms(root, sentIds(context), sent);
        List<UIComponent> scopes = sent.isEmpty() ? List.of(root) : List.copyOf(sent);
        List<UIComponent> found = new ArrayList<>();
        for (UIComponent scope : scopes) {
            collectById(scope, id, found);
        }
        List<UIComponent> shown = found.stream().filter(BusinessExceptionHandler::shown).toList();
        return shown.stream().filter(EditableValueHolder.class::isInstance).findFirst()
                .orElseGet(() -> shown.isEmpty() || !hasShownMessage(scopes, id) ? null : shown.get(0));
    }

    /**
     * Whether a shown message in these forms is for the id: a component that is no input (a table, a group of
     * fields) shows its refusal only there; without one, the page's own messages (page-wide only) would skip it.
     */
    private static boolean hasShownMessage(List<UIComponent> scopes, String id) {
        List<UIComponent> messages = new ArrayList<>();
        for (UIComponent scope : scopes) {
            collectMessagesFor(scope, id, messages);
        }
        return messages.stream().anyMatch(BusinessExceptionHandler::shown);
    }

    private static void collectMessagesFor(UIComponent parent, String id, List<UIComponent> found) {
        if (parent instanceof UIMessage message && id.equals(message.getFor())) {
            found.add(parent);
        }
        for (Iterator<UIComponent> children = parent.getFacetsAndChildren(); children.hasNext(); ) {
            collectMessagesFor(children.next(), id, found);
        }
    }

    /**
     * The client ids the request names: its parameters (a form sends its own client id, a hidden field, with its
     * inputs) and, for an ajax request, what it executes (a button of a table's row with only itself processed).
     */
    private static Collection<String> sentIds(FacesContext context) {
        if (!context.isPostback()) {
            return Set.of();
        }
        List<String> ids = new ArrayList<>(context.getExternalContext().getRequestParameterMap().keySet());
        if (context.getPartialViewContext().isAjaxRequest()) {
            ids.addAll(context.getPartialViewContext().getExecuteIds());
        }
        return ids;
    }

    /** The forms that are, or hold, one of the ids the request sent. */
    private static void collectSentForms(UIComponent parent, Collection<String> sentIds, List<UIForm> sent) {
        if (sentIds.isEmpty()) {
            return;
        }
        if (parent instanceof UIForm form) {
            String formId = form.getClientId();
            String prefix = formId + UINamingContainer.getSeparatorChar(FacesContext.getCurrentInstance());
            if (sentIds.stream().anyMatch(sentId -> sentId.equals(formId) || sentId.startsWith(prefix))) {
                sent.add(form);
            }
            return;
        }
        for (Iterator<UIComponent> children = parent.getFacetsAndChildren(); children.hasNext(); ) {
            collectSentForms(children.next(), sentIds, sent);
        }
    }

    private static boolean shown(UIComponent component) {
        for (UIComponent c = component; c != null; c = c.getParent()) {
            if (!c.isRendered()) {
                return false;
            }
        }
        return true;
    }

    private static void collectById(UIComponent parent, String id, List<UIComponent> found) {
        if (id.equals(parent.getId())) {
            found.add(parent);
        }
        for (Iterator<UIComponent> children = parent.getFacetsAndChildren(); children.hasNext(); ) {
            collectById(children.next(), id, found);
        }
    }

    private static UIComponent findById(UIComponent parent, String id) {
        if (id.equals(parent.getId())) {
            return parent;
        }
        for (Iterator<UIComponent> children = parent.getFacetsAndChildren(); children.hasNext(); ) {
            UIComponent found = findById(children.next(), id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
