package se.stockholm.vfu.supervisor;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.stockholm.vfu.api.PageParams;
import se.stockholm.vfu.common.Page;

import java.util.List;

/**
 * Supervisors and their supervisor training as JSON, scoped like the pages. List filters: {@code text},
 * {@code unit}, {@code trainingStatus}, {@code active}, {@code district} (city-wide only).
 */
@Path("supervisors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Supervisors", description = "Supervisors (handledare) and their supervisor training")
public class SupervisorsResource {

    @Inject
    private SupervisorService supervisorService;

    @GET
    @Operation(summary = "One page of supervisors in the caller's scope")
    public Page<SupervisorRow> find(@Context UriInfo uri) {
        return supervisorService.find(PageParams.from(uri));
    }

    @GET
    @Path("training-summary")
    @Operation(summary = "How many active supervisors are trained or enrolled")
    public TrainingSummary trainingSummary(@QueryParam("district") Long districtId) {
        return supervisorService.trainingSummary(districtId);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One supervisor in the caller's scope")
    public SupervisorRow get(@PathParam("id") long id) {
        return supervisorService.get(id);
    }

    @POST
    @Operation(summary = "Add a supervisor to a unit of the caller's district (central: any district)")
    public Response create(SupervisorForm form, @Context UriInfo uri) {
        long id = supervisorService.create(form);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(supervisorService.get(id)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a supervisor; carries the version read")
    public SupervisorRow update(@PathParam("id") long id, SupervisorForm form) {
        return supervisorService.update(id, form);
    }

    @PUT
    @Path("{id}/training")
    @Operation(summary = "Change the supervisor-training status; the change is kept as history")
    public SupervisorRow changeTraining(@PathParam("id") long id, TrainingForm form) {
        return supervisorService.changeTraining(id, form);
    }

    @GET
    @Path("{id}/training/history")
    @Operation(summary = "Every change of the supervisor's training status, newest first")
    public List<TrainingChangeRow> trainingHistory(@PathParam("id") long id) {
        return supervisorService.trainingHistory(id);
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(summary = "Deactivate a supervisor (kept, no longer to choose)")
    public SupervisorRow deactivate(@PathParam("id") long id) {
        return supervisorService.deactivate(id);
    }

    @POST
    @Path("{id}/activate")
    @Operation(summary = "Activate a deactivated supervisor again")
    public SupervisorRow activate(@PathParam("id") long id) {
        return supervisorService.activate(id);
    }
}
