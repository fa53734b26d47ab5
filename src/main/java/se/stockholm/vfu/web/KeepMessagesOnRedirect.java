package se.stockholm.vfu.web;

import jakarta.faces.application.ConfigurableNavigationHandler;
import jakarta.faces.application.ConfigurableNavigationHandlerWrapper;
import jakarta.faces.application.NavigationCase;
import jakarta.faces.application.NavigationHandler;
import jakarta.faces.context.FacesContext;

/**
 * Keeps the page's messages for the next page shown when an action ends in a redirect, and only then (see
 * faces-config.xml): {@link RedirectedMessages} holds them until that page. A view action that sends the user on does
 * so with a plain redirect ({@link Landing}): navigating by outcome, Mojarra would keep its messages in the flash too.
 */
public class KeepMessagesOnRedirect extends ConfigurableNavigationHandlerWrapper {

    /** Faces hands over the navigation handler it had before this one. */
    public KeepMessagesOnRedirect(NavigationHandler wrapped) {
        super((ConfigurableNavigationHandler) wrapped);
    }

    @Override
    public void handleNavigation(FacesContext context, String fromAction, String outcome) {
        keepMessagesIfRedirected(context, getNavigationCase(context, fromAction, outcome));
        getWrapped().handleNavigation(context, fromAction, outcome);
    }

    @Override
    public void handleNavigation(FacesContext context, String fromAction, String outcome, String toFlowDocumentId) {
        keepMessagesIfRedirected(context, getNavigationCase(context, fromAction, outcome, toFlowDocumentId));
        getWrapped().handleNavigation(context, fromAction, outcome, toFlowDocumentId);
    }

    private static void keepMessagesIfRedirected(FacesContext context, NavigationCase target) {
        if (target != null && target.isRedirect()) {
            RedirectedMessages.keep(context);
        }
    }
}
