package se.stockholm.vfu.web;

import jakarta.ejb.EJBAccessException;
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

import java.util.Iterator;

/**
 * Turns a broken business rule into a message on the same page, beside the field it concerns when there is one, and
 * input a service's (or an entity's, on flush) Bean Validation refused into messages at the top of the page; either
 * way what the user typed is kept. Everything else goes on to the error page.
 * A refusal's field is found in the page by {@link RefusedField}.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

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
        return business instanceof InvalidInputException invalid && invalid.getField() != null
                ? RefusedField.clientIdOf(FacesContext.getCurrentInstance(), invalid.getField()) : null;
    }
}
