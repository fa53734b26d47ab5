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
 * kept in the session until the next page takes them (see faces-config.xml; {@link KeepMessagesOnRedirect} keeps them).
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

    /** Keeps the messages said so far in this request for the next page the user is shown. */
    static void keep(FacesContext context) {
        List<Kept> kept = new ArrayList<>();
        Iterator<String> clientIds = context.getClientIdsWithMessages();
        while (clientIds.hasNext()) {
            String clientId = clientIds.next();
            context.getMessages(clientId).forEachRemaining(message -> kept.add(new Kept(clientId, message)));
        }
        if (!kept.isEmpty()) {
            context.getExternalContext().getSessionMap().put(KEY, kept);
        }
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    /** Gives the page the messages kept for it, once. */
    @Override
    @SuppressWarnings("unchecked")
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        ExternalContext external = context.getExternalContext();
        if (external.getSession(false) == null) {
            return;
        }
        List<Kept> kept = (List<Kept>) external.getSessionMap().remove(KEY);
        if (kept != null) {
            kept.forEach(message -> context.addMessage(message.clientId(), message.message()));
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view is restored
    }
}
