package se.stockholm.vfu.web;

import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in the page a refused field is ({@link BusinessExceptionHandler}). A refusal's field is the id of a component
 * in the page, or {@code table[row].field} for a field in a row of a table (the property path the API answers with,
 * e.g. {@code courses[1].endDate}): the component {@code field} in row {@code row} of the table whose id is
 * {@code table}. The field is looked for in the form the request sent; only a request that sent no form (a page's
 * own action on opening) looks in the whole page.
 */
final class RefusedField {

    private static final Pattern ROW_FIELD = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

    private RefusedField() {
    }

    /** The client id a message for the refused field goes to, or null when it is the page's. */
    static String clientIdOf(FacesContext context, String refusedField) {
        Matcher inRow = ROW_FIELD.matcher(refusedField);
        if (inRow.matches()) {
            return clientIdInRow(context.getViewRoot(), inRow.group(1), Integer.parseInt(inRow.group(2)), inRow.group(3));
        }
        UIComponent field = findField(context, refusedField);
        return field == null ? null : field.getClientId();
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
        List<UIComponent> shown = found.stream().filter(RefusedField::shown).toList();
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
        return messages.stream().anyMatch(RefusedField::shown);
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
