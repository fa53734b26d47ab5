package se.stockholm.vfu.support;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * A placement's support as JSON: /api/placements/{id}/meeting and /api/placements/{id}/concerns. Only the central
 * contact, the student's university and the placement's district reach them; anyone else gets 404.
 */
@Path("placements/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Support during the placement", description = "Three-way meetings and concerns")
public class PlacementSupportResource {

    @Inject
    private SupportService supportService;

    @GET
    @Path("meeting")
    @Operation(summary = "The placement's three-way meeting (version -1 when none is set)")
    public MeetingRow meeting(@PathParam("id") long id) {
        return supportService.meeting(id);
    }

    @PUT
    @Path("meeting")
    @Operation(summary = "Set the three-way meeting: teacher, date and time, place or link, held; with the version read")
    public MeetingRow saveMeeting(@PathParam("id") long id, @NotNull @Valid MeetingForm form) {
        return supportService.saveMeeting(id, form);
    }

    @GET
    @Path("concerns")
    @Operation(summary = "The concerns raised on the placement, newest first")
    public List<ConcernRow> concerns(@PathParam("id") long id) {
        return supportService.concerns(id);
    }

    @POST
    @Path("concerns")
    @Operation(summary = "The university or the district raises a concern on a running placement")
    public ConcernRow raise(@PathParam("id") long id, @NotNull @Valid ConcernForm form) {
        return supportService.raise(id, form);
    }
}
