package se.stockholm.vfu.network.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import se.stockholm.vfu.network.EventRow;
import se.stockholm.vfu.network.NetworkEventService;
import se.stockholm.vfu.web.Dates;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;

/**
 * The central contact deletes the event shown in {@link NetworkEventDetail}, after a confirmation that names what
 * goes; the service refuses an event with attendance recorded and cancels a sent invitation.
 */
@Named
@ViewScoped
public class DeleteNetworkEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NetworkEventService service;

    @Inject
    private NetworkEventDetail detail;

    @Inject
    private Dates dates;

    public void delete() {
        EventRow event = detail.getSelected();
        service.delete(event.id());
        Messages.info("network.deleted", event.title());
        detail.close();
        // the event's panel is gone: what the deletion says goes on the page (a refusal is said in the panel, once)
        PrimeFaces.current().ajax().update("messages");
    }

    /** The confirmation's text, naming what goes. */
    public String getConfirmation() {
        EventRow event = detail.getSelected();
        if (event == null) {
            return "";
        }
        return Messages.text(event.invitationsSentAt() == null ? "network.delete.confirm" : "network.delete.confirmSent",
                event.title(), dates.format(event.startsAt()), event.invitees().size());
    }
}
