package se.stockholm.vfu.network;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.stockholm.vfu.api.PageParams;
import se.stockholm.vfu.common.Page;

import java.net.URI;
import java.util.List;

/**
 * The network's events as JSON and calendar files, scoped like the pages: the central contact sees and edits all,
 * district contacts and university coordinators read the events they are invited to (others' are 404).
 */
@Path("network-events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Network", description = "Network meetings, introduction days, workshops and shared documents")
public class NetworkEventsResource {

    /** The document to attach as minutes; null removes them. */
    public record Minutes(Long documentId) {
    }

    @Inject
    private NetworkEventService service;

    @GET
    @Operation(summary = "The caller's events (all for central, invited ones for others); filters kind, upcoming")
    public Page<EventRow> list(@Context UriInfo uri) {
        return service.find(PageParams.from(uri, false));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One event the caller may read, with its invitees (attendance for central only)")
    public EventRow get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Operation(summary = "The central contact creates an event (an introduction day names its term)")
    public Response create(EventForm form) {
        long id = service.create(form);
        return Response.created(URI.create("network-events/" + id)).entity(service.get(id)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "The central contact changes an event, on the version read; invitees are told once invited")
    public EventRow update(@PathParam("id") long id, EventForm form) {
        return service.update(id, form);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "The central contact deletes an event: 409 if attendance is recorded for anyone; "
            + "invitees are told it is cancelled if invitations went out and it has not ended")
    public Response delete(@PathParam("id") long id) {
        service.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/invitations")
    @Operation(summary = "The central contact sends the invitations (notices and mail, and students for an introduction day)")
    public EventRow invite(@PathParam("id") long id) {
        return service.sendInvitations(id);
    }

    @PUT
    @Path("{id}/attendance")
    @Operation(summary = "The central contact records who attended: marks of invitee id and ATTENDED or ABSENT")
    public EventRow attendance(@PathParam("id") long id, AttendanceForm form) {
        return service.recordAttendance(id, form);
    }

    @PUT
    @Path("{id}/minutes")
    @Operation(summary = "The central contact attaches a shared document as the event's minutes")
    public EventRow minutes(@PathParam("id") long id, Minutes minutes) {
        return service.attachMinutes(id, minutes == null ? null : minutes.documentId());
    }

    @GET
    @Path("{id}/students")
    @Operation(summary = "An introduction day's placed students in the caller's scope, computed from the placements")
    public List<IntroductionStudent> students(@PathParam("id") long id) {
        return service.students(id);
    }

    @GET
    @Path("{id}/calendar.ics")
    @Produces({"text/calendar", MediaType.APPLICATION_JSON})
    @Operation(summary = "The event as an iCalendar file (RFC 5545) to add to a calendar")
    public Response calendar(@PathParam("id") long id) {
        return Response.ok(service.calendar(id), Calendar.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"vfu-event-" + id + ".ics\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("attendance")
    @Operation(summary = "Attended and invited per district and university and year (central contact only)")
    public List<AttendanceTable.Line> attendanceOverYears() {
        return service.attendance();
    }
}
