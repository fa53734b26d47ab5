package se.stockholm.vfu.unit;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

/**
 * Units as JSON, scoped like the pages: a district contact's own, the central contact's city-wide.
 * List filters: {@code text}, {@code area}, {@code active}, {@code district} (city-wide only).
 */
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "A district's units (enheter)")
public class UnitsResource {

    @Inject
    private UnitService unitService;

    @GET
    @Operation(summary = "One page of units in the caller's scope")
    public Page<UnitRow> find(@Context UriInfo uri) {
        return unitService.find(PageParams.from(uri));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One unit in the caller's scope")
    public UnitRow get(@PathParam("id") long id) {
        return unitService.get(id);
    }

    @POST
    @Operation(summary = "Create a unit in the caller's district")
    public Response create(UnitForm form, @Context UriInfo uri) {
        long id = unitService.create(form);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(unitService.get(id)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a unit; carries the version read")
    public UnitRow update(@PathParam("id") long id, UnitForm form) {
        return unitService.update(id, form);
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(summary = "Deactivate a unit; it is kept as history")
    public UnitRow deactivate(@PathParam("id") long id) {
        return unitService.deactivate(id);
    }

    @POST
    @Path("{id}/reactivate")
    @Operation(summary = "Take a deactivated unit into use again; its deactivation stays on record")
    public UnitRow reactivate(@PathParam("id") long id) {
        return unitService.reactivate(id);
    }
}
