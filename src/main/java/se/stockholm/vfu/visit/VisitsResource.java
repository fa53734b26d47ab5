package se.stockholm.vfu.visit;

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
import se.stockholm.vfu.term.TermIds;

import java.util.List;

/**
 * Observation visits as JSON: /api/terms/{code}/visits (filter {@code district}), their counts per district, and
 * booking a student on one. Scoped like the page.
 */
@Path("terms/{term}/visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Observation visits", description = "Visits districts offer and universities book their term-two students on")
public class VisitsResource {

    @Inject
    private VisitService visitService;

    @Inject
    private TermIds termIds;

    @GET
    @Operation(summary = "One page of the term's observation visits in the caller's scope")
    public Page<VisitRow> find(@PathParam("term") String term, @Context UriInfo uri) {
        return visitService.findVisits(termIds.of(term), PageParams.from(uri));
    }

    @POST
    @Operation(summary = "A district offers an observation visit at one of its units")
    public VisitRow create(@PathParam("term") String term, @NotNull @Valid VisitForm form) {
        return visitService.createVisit(termIds.of(term), form);
    }

    @GET
    @Path("counts")
    @Operation(summary = "Visits, seats and booked seats per district in the term")
    public List<VisitCountRow> counts(@PathParam("term") String term) {
        return visitService.counts(termIds.of(term));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One observation visit in the caller's scope")
    public VisitRow get(@PathParam("term") String term, @PathParam("id") long id) {
        return visitService.visit(termIds.of(term), id);
    }

    @POST
    @Path("{id}/bookings")
    @Operation(summary = "A university coordinator books a term-two student on the visit (409 when it is full)")
    public BookingRow book(@PathParam("term") String term, @PathParam("id") long id,
                           @NotNull @Valid BookingForm form) {
        return visitService.book(termIds.of(term), id, form);
    }
}
