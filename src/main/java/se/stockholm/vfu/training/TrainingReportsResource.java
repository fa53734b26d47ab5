package se.stockholm.vfu.training;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.stockholm.vfu.term.TermIds;

import java.util.List;

/** Supervisor-training reports as JSON: all three for the central contact, a university's own for it. */
@Path("terms/{term}/training-reports")
@Tag(name = "Supervisor training", description = "Supervisor training the universities report offering")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingReportsResource {

    @Inject
    private TrainingReportService reports;

    @Inject
    private TermIds termIds;

    @GET
    @Operation(summary = "Every university's supervisor-training report for the term (central)")
    public List<TrainingReportView> all(@PathParam("term") String term) {
        return reports.all(termIds.of(term));
    }

    @GET
    @Path("{universityId}")
    @Operation(summary = "One university's supervisor-training report for the term (its own, or any for central)")
    public TrainingReportView one(@PathParam("term") String term, @PathParam("universityId") long universityId) {
        return reports.report(termIds.of(term), universityId);
    }

    /** Saves the caller's own university's report. */
    @PUT
    @Path("own")
    @Operation(summary = "Save the caller's university's supervisor-training report for the term")
    public TrainingReportView save(@PathParam("term") String term, TrainingReportForm form) {
        return reports.save(termIds.of(term), form);
    }
}
