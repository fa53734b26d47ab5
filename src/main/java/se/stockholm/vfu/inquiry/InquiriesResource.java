package se.stockholm.vfu.inquiry;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.term.TermService;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * Inquiries as JSON, scoped like the pages: a district's own, a university's inbox, all for the
 * central contact. Another district's or university's inquiry is "404 not found".
 */
@Path("inquiries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InquiriesResource {

    /** Why an inquiry is declined. */
    public record Decline(String reason) {
    }

    /** The term and student id a request made of an inquiry gets. */
    public record MakeRequest(String term, String studentRef) {
    }

    @Inject
    private InquiryService inquiryService;

    @Inject
    private TermService termService;

    @GET
    public Page<InquiryRow> list(@QueryParam("first") @DefaultValue("0") int first,
                                 @QueryParam("size") @DefaultValue("50") int size,
                                 @QueryParam("status") String status,
                                 @QueryParam("text") String text) {
        Map<String, String> filters = new HashMap<>();
        if (status != null) {
            filters.put("status", status);
        }
        if (text != null) {
            filters.put("text", text);
        }
        return inquiryService.find(new PageRequest(first, size, null, false, filters));
    }

    @GET
    @Path("{id}")
    public InquiryRow get(@PathParam("id") long id) {
        return inquiryService.get(id);
    }

    @POST
    public Response forward(InquiryForm form) {
        long id = inquiryService.forward(form);
        return Response.created(URI.create("inquiries/" + id)).entity(inquiryService.get(id)).build();
    }

    @POST
    @Path("{id}/acknowledge")
    public InquiryRow acknowledge(@PathParam("id") long id) {
        inquiryService.acknowledge(id);
        return inquiryService.get(id);
    }

    @POST
    @Path("{id}/decline")
    public InquiryRow decline(@PathParam("id") long id, Decline decline) {
        inquiryService.decline(id, decline == null ? null : decline.reason());
        return inquiryService.get(id);
    }

    @POST
    @Path("{id}/request")
    public InquiryRow makeRequest(@PathParam("id") long id, MakeRequest request) {
        long termId = termService.byCode(request == null ? null : request.term()).map(Term::getId)
                .orElseThrow(NotFoundException::new);
        inquiryService.turnIntoRequest(id, termId, request.studentRef());
        return inquiryService.get(id);
    }
}
