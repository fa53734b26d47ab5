package se.stockholm.vfu.placement;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.stockholm.vfu.api.PageParams;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.supervisor.SupervisorChoice;
import se.stockholm.vfu.term.TermIds;

import java.util.List;

/**
 * A term's placements as JSON, scoped like the page: /api/terms/{code}/placements. A district sees and answers its
 * own offers, a university its own students' placements, the central contact all. List filters: {@code status}
 * (a status or {@code live}), {@code text}, {@code district} and {@code university} (city-wide only).
 */
@Path("terms/{term}/placements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Placements", description = "Offers to districts and their answers, through the placement's lifecycle")
public class PlacementsResource {

    @Inject
    private PlacementService placementService;

    @Inject
    private PlacementLifecycleService lifecycle;

    @Inject
    private TermIds termIds;

    @GET
    @Operation(summary = "One page of the term's placements in the caller's scope")
    public Page<PlacementRow> find(@PathParam("term") String term, @Context UriInfo uri) {
        return placementService.find(termIds.of(term), PageParams.from(uri));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One placement in the caller's scope")
    public PlacementRow get(@PathParam("term") String term, @PathParam("id") long id) {
        return placementService.get(termIds.of(term), id);
    }

    @GET
    @Path("{id}/supervisors")
    @Operation(summary = "Supervisors of the district with room for the student, for confirming")
    public List<SupervisorChoice> supervisors(@PathParam("term") String term, @PathParam("id") long id) {
        return placementService.supervisorOptions(termIds.of(term), id);
    }

    @POST
    @Path("{id}/confirm")
    @Operation(summary = "The district confirms an offer, naming a supervisor with room left")
    public PlacementRow confirm(@PathParam("term") String term, @PathParam("id") long id,
                                @NotNull @Valid PlacementAnswer answer) {
        return lifecycle.confirm(termIds.of(term), id, answer.version(), answer.supervisorId())
                .placement();
    }

    @POST
    @Path("{id}/decline")
    @Operation(summary = "The district declines an offer with a reason; the student returns to the pool")
    public PlacementRow decline(@PathParam("term") String term, @PathParam("id") long id,
                                @NotNull @Valid PlacementAnswer answer) {
        return lifecycle.decline(termIds.of(term), id, answer.version(), answer.reason());
    }

    @POST
    @Path("{id}/start")
    @Operation(summary = "Record that a confirmed placement has started")
    public PlacementRow start(@PathParam("term") String term, @PathParam("id") long id,
                              @NotNull @Valid PlacementAnswer answer) {
        return lifecycle.start(termIds.of(term), id, answer.version());
    }

    @POST
    @Path("{id}/complete")
    @Operation(summary = "The central contact marks a started placement completed")
    public PlacementRow complete(@PathParam("term") String term, @PathParam("id") long id,
                                 @NotNull @Valid PlacementAnswer answer) {
        return lifecycle.complete(termIds.of(term), id, answer.version(), answer.date());
    }

    @POST
    @Path("{id}/interrupt")
    @Operation(summary = "The central contact interrupts a placement, with reason and date")
    public PlacementRow interrupt(@PathParam("term") String term, @PathParam("id") long id,
                                  @NotNull @Valid PlacementAnswer answer) {
        return lifecycle.interrupt(termIds.of(term), id, answer.version(), answer.reason(), answer.date());
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "The central contact cancels a placement before it starts, with a reason")
    public PlacementRow cancel(@PathParam("term") String term, @PathParam("id") long id,
                               @NotNull @Valid PlacementAnswer answer) {
        return lifecycle.cancel(termIds.of(term), id, answer.version(), answer.reason());
    }
}
