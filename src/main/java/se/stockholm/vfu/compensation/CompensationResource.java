package se.stockholm.vfu.compensation;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.stockholm.vfu.term.TermIds;

import java.util.List;

/** The compensation basis as JSON: /api/terms/{code}/compensation, scoped like the page. */
@Path("terms/{term}/compensation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Compensation basis", description = "Supervised student-weeks per district and university")
public class CompensationResource {

    @Inject
    private CompensationService compensationService;

    @Inject
    private TermIds termIds;

    @GET
    @Operation(summary = "Supervised student-weeks per district and university in the term, in the caller's scope")
    public List<CompensationRow> rows(@PathParam("term") String term) {
        return compensationService.rows(termIds.of(term));
    }
}
