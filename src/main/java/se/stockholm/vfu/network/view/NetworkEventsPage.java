package se.stockholm.vfu.network.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.network.EventRow;
import se.stockholm.vfu.network.NetworkEventService;
import se.stockholm.vfu.web.PagedTable;

import java.io.Serializable;

/**
 * The events list of both events pages: the central contact's (every event) and the district's and university's
 * (the events they are invited to); which events a caller sees is the service's rule. The central contact's use
 * cases on one event each have their bean: {@link EditNetworkEvent}, {@link NetworkEventDetail} (attendance,
 * invitations, minutes), {@link DeleteNetworkEvent}, and {@link NetworkAttendanceOverYears}.
 */
@Named
@ViewScoped
public class NetworkEventsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NetworkEventService service;

    private PagedTable<EventRow> events;

    public void load() {
        NetworkEventService s = service;
        events = PagedTable.byId(s::find, EventRow::id);
    }

    public PagedTable<EventRow> getEvents() {
        return events;
    }
}
