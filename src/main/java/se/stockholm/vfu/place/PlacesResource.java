package se.stockholm.vfu.place;

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
import se.stockholm.vfu.term.TermIds;

import java.util.List;

/**
 * A term's place offers as JSON, scoped like the pages: /api/terms/{code}/places. List filters: {@code text},
 * {@code area}, {@code unit}, {@code status}, {@code supervisor} (none/named), {@code district} (city-wide only).
 * An offer id of another term is not found under this term.
 */
@Path("terms/{term}/places")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Places", description = "Place offers districts report for a term")
public class PlacesResource {

    @Inject
    private PlaceService placeService;

    @Inject
    private TermIds termIds;

    @GET
    @Operation(summary = "One page of the term's place offers in the caller's scope")
    public Page<PlaceRow> find(@PathParam("term") String term, @Context UriInfo uri) {
        return placeService.find(termIds.of(term), PageParams.from(uri));
    }

    @GET
    @Path("total")
    @Operation(summary = "Active places of the caller's district (or a district / the city) against the target")
    public PlaceTotal total(@PathParam("term") String term, @QueryParam("district") Long districtId) {
        return placeService.total(termIds.of(term), districtId);
    }

    @GET
    @Path("districts-not-reported")
    @Operation(summary = "Districts without any active place offer (central contact)")
    public List<DistrictNotReported> districtsNotReported(@PathParam("term") String term) {
        return placeService.districtsNotReported(termIds.of(term));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One place offer of the term in the caller's scope")
    public PlaceRow get(@PathParam("term") String term, @PathParam("id") long id) {
        return placeService.get(termIds.of(term), id);
    }

    @POST
    @Operation(summary = "Report a place offer; the supervisor may be left empty")
    public Response create(@PathParam("term") String term, PlaceForm form, @Context UriInfo uri) {
        PlaceRow created = placeService.create(term, form);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a place offer: the district until the reporting deadline, then only the central contact")
    public PlaceRow update(@PathParam("term") String term, @PathParam("id") long id, PlaceForm form) {
        return placeService.update(termIds.of(term), id, form);
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Withdraw a place offer with a reason; it is kept as history")
    public PlaceRow withdraw(@PathParam("term") String term, @PathParam("id") long id, Withdrawal withdrawal) {
        return placeService.withdraw(termIds.of(term), id, withdrawal == null ? new Withdrawal() : withdrawal);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every change of the place offer, with who and when and whether after the deadline")
    public List<PlaceChangeRow> history(@PathParam("term") String term, @PathParam("id") long id) {
        return placeService.history(termIds.of(term), id);
    }
}
