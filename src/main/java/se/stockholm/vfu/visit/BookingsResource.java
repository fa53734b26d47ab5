package se.stockholm.vfu.visit;

import jakarta.inject.Inject;
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
import se.stockholm.vfu.support.VersionBody;
import se.stockholm.vfu.term.TermIds;

/**
 * Bookings on observation visits as JSON: /api/terms/{code}/visit-bookings (filters {@code visit}, {@code district},
 * {@code university}): a university's own, a district's on its own visits, all for the central contact.
 */
@Path("terms/{term}/visit-bookings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Observation visits", description = "Visits districts offer and universities book their term-two students on")
public class BookingsResource {

    @Inject
    private VisitService visitService;

    @Inject
    private TermIds termIds;

    @GET
    @Operation(summary = "One page of the term's bookings in the caller's scope")
    public Page<BookingRow> find(@PathParam("term") String term, @Context UriInfo uri) {
        return visitService.findBookings(termIds.of(term), PageParams.from(uri));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One booking in the caller's scope")
    public BookingRow get(@PathParam("term") String term, @PathParam("id") long id) {
        return visitService.booking(termIds.of(term), id);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "The booking university cancels a booking, with the version read; the seat is free again")
    public void cancel(@PathParam("term") String term, @PathParam("id") long id, @NotNull VersionBody body) {
        visitService.cancelBooking(termIds.of(term), id, body.version());
    }
}
