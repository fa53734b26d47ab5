package se.stockholm.vfu.support;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.stockholm.vfu.api.PageParams;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.term.TermIds;

/**
 * Concerns as JSON: /api/concerns?term=HT2026 (filters {@code status}, {@code district}, {@code university},
 * {@code text}), one concern, and marking it handled. Scoped like the page.
 */
@Path("concerns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Support during the placement", description = "Three-way meetings and concerns")
public class ConcernsResource {

    @Inject
    private SupportService supportService;

    @Inject
    private TermIds termIds;

    @GET
    @Operation(summary = "One page of a term's concerns in the caller's scope")
    public Page<ConcernRow> find(@QueryParam("term") String term, @Context UriInfo uri) {
        if (term == null || term.isBlank()) {
            throw new InvalidInputException("term", "support.error.termRequired");
        }
        return supportService.find(termIds.of(term), PageParams.from(uri, false));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One concern in the caller's scope")
    public ConcernRow get(@PathParam("id") long id) {
        return supportService.concern(id);
    }

    @POST
    @Path("{id}/handle")
    @Operation(summary = "Mark an open concern handled, with the version read")
    public ConcernRow handle(@PathParam("id") long id, @NotNull VersionBody body) {
        return supportService.handle(id, body.version());
    }
}
