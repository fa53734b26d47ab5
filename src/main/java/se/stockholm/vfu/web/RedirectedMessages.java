package se.stockholm.vfu.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The messages of an action that redirects ("Ändringarna för … är sparade." said on the list the user is sent back to),
 * kept in the session until the next page is shown (see faces-config.xml; {@link KeepMessagesOnRedirect} keeps them).
 * <p>
 * Not Faces' flash: it carries messages in a cookie that it sets or expires at the end of the page, when a page larger
 * than the response buffer (most of the portal's lists) has already been sent; Mojarra then warns (JSF1095), and the
 * portal kept every message in it, so a saved row on a long list was one more warning in the server log.
 */
public class RedirectedMessages implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final String KEY = RedirectedMessages.class.getName();

    /** One message and the field it belongs to (null: the page's). */
    private record Kept(String clientId, FacesMessage message) implements Serializable {
    }

    /**
     * Moves the messages said so far in this request to the session, for the next page shown, after any kept
     * before and not shown yet. They leave this request: nothing is rendered before a redirect, and Mojarra, which
     * keeps a view action's messages in the flash of its own accord, finds none to keep.
     */
    @SuppressWarnings("unchecked")
    static void keep(FacesContext context) {
        List<Kept> kept = new ArrayList<>();
        Iterator<String> clientIds = context.getClientIdsWithMessages();
        while (clientIds.hasNext()) {
            String clientId = clientIds.next();
            for (Iterator<FacesMessage> messages = context.getMessages(clientId); messages.hasNext(); ) {
                kept.add(new Kept(clientId, messages.next()));
                messages.remove();
            }
        }
        if (!kept.isEmpty()) {
            context.getExternalContext().getSessionMap().merge(KEY, kept, (before, added) -> {
                List<Kept> all = new ArrayList<>((List<Kept>) before);
                all.addAll((List<Kept>) added);
                return all;
            });
        }
    }

    /** Before a page is rendered: the next page after a redirect is a GET, and only a page shown takes them. */
    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    /**
     * Gives the page the messages kept for it, once. Not a postback: an ajax request from another tab would take
     * them into an update that shows no messages. Not a page whose view action sent the user on (the landing page):
     * it renders nothing, and the messages wait for the page it sent them to.
     */
    @Override
    @SuppressWarnings("unchecked")
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        ExternalContext external = context.getExternalContext();
        if (context.isPostback() || context.getResponseComplete() || external.getSession(false) == null) {
            return;
        }
        List<Kept> kept = (List<Kept>) external.getSessionMap().remove(KEY);
        if (kept != null) {
            kept.forEach(message -> context.addMessage(message.clientId(), message.message()));
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing once the page is written
    }
}
