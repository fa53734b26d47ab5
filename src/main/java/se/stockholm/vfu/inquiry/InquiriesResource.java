package se.stockholm.vfu.inquiry;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

import java.net.URI;

/**
 * Inquiries as JSON, scoped like the pages: a district's own, a university's inbox, all for the
 * central contact. Another district's or university's inquiry is "404 not found".
 */
@Path("inquiries")
@Tag(name = "Inquiries", description = "Students' direct inquiries to districts, forwarded to a university")
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

    @GET
    @Operation(summary = "The caller's inquiries, newest first: a district's own, a university's inbox, all for central")
    public Page<InquiryRow> list(@Context UriInfo uri) {
        return inquiryService.find(PageParams.from(uri, false));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One inquiry in the caller's scope")
    public InquiryRow get(@PathParam("id") long id) {
        return inquiryService.get(id);
    }

    @POST
    @Operation(summary = "Forward a student's inquiry from the district to a university")
    public Response forward(InquiryForm form) {
        long id = inquiryService.forward(form);
        return Response.created(URI.create("inquiries/" + id)).entity(inquiryService.get(id)).build();
    }

    @POST
    @Path("{id}/acknowledge")
    @Operation(summary = "The university acknowledges an inquiry it received")
    public InquiryRow acknowledge(@PathParam("id") long id) {
        return inquiryService.acknowledge(id);
    }

    @POST
    @Path("{id}/decline")
    @Operation(summary = "The university declines an inquiry with a reason")
    public InquiryRow decline(@PathParam("id") long id, Decline decline) {
        return inquiryService.decline(id, decline == null ? null : decline.reason());
    }

    @POST
    @Path("{id}/request")
    @Operation(summary = "The university turns an inquiry into a student request for a term, under the request rules")
    public InquiryRow makeRequest(@PathParam("id") long id, MakeRequest request) {
        return inquiryService.turnIntoRequest(id, request == null ? null : request.term(),
                request == null ? null : request.studentRef());
    }
}
