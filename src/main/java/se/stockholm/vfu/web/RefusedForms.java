package se.stockholm.vfu.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.PrimeFaces;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Tells the page which of its forms the server refused (see faces-config.xml), for the language switch's question
 * (js/unsaved-input.js). A refused form comes back with what the user typed as the values the server rendered, so the
 * page cannot tell that input from saved values by itself; switching language would reload the page and lose it.
 * <p>
 * A submit counts as refused when a field or a rule refused it (validation failed: Bean Validation, a converter, a
 * service's refusal beside a field, {@link BusinessExceptionHandler}) or it is answered with an error message. Before
 * the answer is rendered, the client ids of the forms the request sent are given to the page: an ajax answer as
 * PrimeFaces' callback argument {@value #NAME} ({@code args.refusedForms}), a whole page as the request attribute
 * {@value #NAME}, which the layout writes on the page's body. Nothing is kept between requests: the next answer
 * says again, and a form saved since is no longer refused.
 */
public class RefusedForms implements PhaseListener {

    /** The callback argument and the request attribute: the refused forms' client ids, separated by spaces. */
    public static final String NAME = "refusedForms";

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() || context.getViewRoot() == null || !refused(context)) {
            return;
        }
        List<String> sent = new ArrayList<>();
        collectSent(context.getViewRoot(), context.getExternalContext().getRequestParameterMap().keySet(), sent);
        if (sent.isEmpty()) {
            return;
        }
        String forms = String.join(" ", sent);
        if (context.getPartialViewContext().isAjaxRequest()) {
            PrimeFaces.current().ajax().addCallbackParam(NAME, forms);
        } else {
            context.getExternalContext().getRequestMap().put(NAME, forms);
        }
    }

    private static boolean refused(FacesContext context) {
        FacesMessage.Severity worst = context.getMaximumSeverity();
        return context.isValidationFailed() || worst != null && worst.compareTo(FacesMessage.SEVERITY_ERROR) >= 0;
    }

    /**
     * The forms the request sent: a form sends its client id with its fields (a hidden field). Not
     * {@code UIForm.isSubmitted()}, which was still false here after an ajax request that processed some of the form's
     * fields. A form is never inside another.
     */
    private static void collectSent(UIComponent parent, Set<String> parameters, List<String> sent) {
        if (parent instanceof UIForm form) {
            if (parameters.contains(form.getClientId())) {
                sent.add(form.getClientId());
            }
            return;
        }
        for (Iterator<UIComponent> children = parent.getFacetsAndChildren(); children.hasNext(); ) {
            collectSent(children.next(), parameters, sent);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after the answer is rendered
    }
}
