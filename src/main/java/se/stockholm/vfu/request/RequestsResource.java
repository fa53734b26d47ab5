package se.stockholm.vfu.request;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.reference.ReferenceDataResource.ReferenceJson;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.term.TermService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A term's student requests as JSON, scoped like the pages: a coordinator reads and changes its own university's,
 * the central contact all; district contacts are refused. Extra support is left out for anyone else.
 */
@Path("terms/{term}/requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestsResource {

    /** Why a request is withdrawn, and the version it was read at. */
    public record Withdrawal(Long version, String reason) {
    }

    @Inject
    private RequestService requestService;

    @Inject
    private TermService termService;

    @GET
    public Page<RequestRow> list(@PathParam("term") String termCode, @QueryParam("university") Long universityId,
                                 @QueryParam("status") String status, @QueryParam("text") String text,
                                 @QueryParam("first") @DefaultValue("0") int first,
                                 @QueryParam("size") @DefaultValue("50") int size,
                                 @QueryParam("sort") String sort, @QueryParam("ascending") @DefaultValue("true") boolean ascending) {
        Map<String, String> filters = new HashMap<>();
        if (universityId != null) {
            filters.put("university", universityId.toString());
        }
        if (status != null) {
            filters.put("status", status);
        }
        if (text != null) {
            filters.put("text", text);
        }
        return requestService.find(termId(termCode), new PageRequest(first, size, sort, ascending, filters));
    }

    @GET
    @Path("{id}")
    public RequestDetails one(@PathParam("term") String termCode, @PathParam("id") long id) {
        return inTerm(termCode, requestService.get(id));
    }

    @POST
    public Response create(@PathParam("term") String termCode, RequestForm form, @Context UriInfo uri) {
        long id = requestService.create(termId(termCode), form);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(requestService.get(id)).build();
    }

    @PUT
    @Path("{id}")
    public RequestDetails update(@PathParam("term") String termCode, @PathParam("id") long id, RequestForm form) {
        inTerm(termCode, requestService.get(id));
        return requestService.update(id, form);
    }

    @POST
    @Path("{id}/withdraw")
    public RequestDetails withdraw(@PathParam("term") String termCode, @PathParam("id") long id,
                                   Withdrawal withdrawal) {
        inTerm(termCode, requestService.get(id));
        return requestService.withdraw(id, withdrawal == null ? null : withdrawal.version(),
                withdrawal == null ? null : withdrawal.reason());
    }

    /** The universities that have sent no request for the term (central contact). */
    @GET
    @Path("missing-universities")
    public List<ReferenceJson> missingUniversities(@PathParam("term") String termCode) {
        return requestService.universitiesWithoutRequests(termId(termCode)).stream()
                .map(u -> new ReferenceJson(u.getId(), u.getCode(), u.getNameSv(), u.getNameEn())).toList();
    }

    private RequestDetails inTerm(String termCode, RequestDetails details) {
        if (!details.termCode().equalsIgnoreCase(termCode)) {
            throw new NotFoundException();
        }
        return details;
    }

    private long termId(String code) {
        return termService.byCode(code).map(Term::getId).orElseThrow(NotFoundException::new);
    }
}
