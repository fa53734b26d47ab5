package se.stockholm.vfu.request;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.stockholm.vfu.api.PageParams;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.reference.ReferenceDataResource.ReferenceJson;
import se.stockholm.vfu.term.TermIds;

import java.util.List;

/**
 * A term's student requests as JSON, scoped like the pages: a coordinator reads and changes its own university's,
 * the central contact all; district contacts are refused. Extra support is left out for anyone else. Lists take
 * {@code first}, {@code size}, {@code sort}, {@code order=desc} and the filters {@code university} (city-wide only),
 * {@code status} and {@code text}, like every list of the API.
 */
@Path("terms/{term}/requests")
@Tag(name = "Student requests", description = "Universities' requests for places for their students, with preferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestsResource {

    /** Why a request is withdrawn, and the version it was read at. */
    public record Withdrawal(Long version, String reason) {
    }

    @Inject
    private RequestService requestService;

    @Inject
    private RequestChanges requestChanges;

    @Inject
    private TermIds termIds;

    @GET
    @Operation(summary = "A page of the term's student requests in the caller's scope (filters university, status, text)")
    public Page<RequestRow> list(@PathParam("term") String termCode, @Context UriInfo uri) {
        return requestService.find(termIds.of(termCode), PageParams.from(uri));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One student request; extra support only to central and the student's university")
    public RequestDetails one(@PathParam("term") String termCode, @PathParam("id") long id) {
        return requestService.get(termIds.of(termCode), id);
    }

    @POST
    @Operation(summary = "Send a student request for the term (a university coordinator, before the deadline)")
    public Response create(@PathParam("term") String termCode, RequestForm form, @Context UriInfo uri) {
        RequestDetails created = requestChanges.create(termCode, form);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a student request (after the deadline only central)")
    public RequestDetails update(@PathParam("term") String termCode, @PathParam("id") long id, RequestForm form) {
        return requestChanges.update(termIds.of(termCode), id, form);
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Withdraw a student request with a reason; its placement is cancelled unless started")
    public RequestDetails withdraw(@PathParam("term") String termCode, @PathParam("id") long id,
                                   Withdrawal withdrawal) {
        return requestChanges.withdraw(termIds.of(termCode), id, withdrawal == null ? null : withdrawal.version(),
                withdrawal == null ? null : withdrawal.reason());
    }

    /** The universities that have sent no request for the term (central contact). */
    @GET
    @Path("missing-universities")
    @Operation(summary = "Universities that have sent no request for the term (central)")
    public List<ReferenceJson> missingUniversities(@PathParam("term") String termCode) {
        return requestService.universitiesWithoutRequests(termIds.of(termCode)).stream()
                .map(u -> new ReferenceJson(u.getId(), u.getCode(), u.getNameSv(), u.getNameEn())).toList();
    }
}
