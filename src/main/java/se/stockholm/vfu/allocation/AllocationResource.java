package se.stockholm.vfu.allocation;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import se.stockholm.vfu.term.TermIds;

import java.util.List;
import java.util.Map;

/**
 * The central contact's allocation of a term as JSON: /api/terms/{code}/allocation. Other roles get 403 from the
 * service. Moving and locking single proposals is done on the page and through the service.
 */
@Path("terms/{term}/allocation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Allocation", description = "Runs of the allocation engine and publishing their proposals")
public class AllocationResource {

    @Inject
    private AllocationService allocationService;

    @Inject
    private AllocationRunService storedRuns;

    @Inject
    private WhatIfService whatIfService;

    @Inject
    private TermIds termIds;

    @GET
    @Operation(summary = "Places reported, target, ceiling, requests, shortage and placements by status",
            description = "requests: those a run takes in, the requests sent and not withdrawn except those whose "
                    + "placement was interrupted (the dashboard's requests include them)")
    public AllocationSummary summary(@PathParam("term") String term) {
        return allocationService.summary(termIds.of(term));
    }

    @GET
    @Path("what-if")
    @Operation(summary = "Per district and area of work: how many more students one more place there, or places "
            + "without limit, would let the term place (exact maximum flow), sorted by gain, with sums (central)")
    public WhatIfReport whatIf(@PathParam("term") String term) {
        return whatIfService.whatIf(termIds.of(term));
    }

    @GET
    @Path("runs")
    @Operation(summary = "The term's allocation runs, newest first (central)")
    public List<RunRow> runs(@PathParam("term") String term) {
        return storedRuns.runs(termIds.of(term));
    }

    @POST
    @Path("runs")
    @Operation(summary = "Run the allocation; without a seed a new one is drawn and recorded with the run")
    public Response run(@PathParam("term") String term, @QueryParam("seed") Long seed, @Context UriInfo uri) {
        RunDetails created = allocationService.run(term, seed);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.run().id())).build())
                .entity(created).build();
    }

    @GET
    @Path("runs/{id}")
    @Operation(summary = "A stored run: unplaced students with reasons, shortage, difference from the run before")
    public RunDetails details(@PathParam("term") String term, @PathParam("id") long id) {
        return storedRuns.details(termIds.of(term), id);
    }

    @POST
    @Path("runs/{id}/replay")
    @Operation(summary = "Run a stored snapshot again with its seed and compare with the stored result")
    public ReplayOutcome replay(@PathParam("term") String term, @PathParam("id") long id) {
        return storedRuns.replay(termIds.of(term), id);
    }

    @POST
    @Path("publish")
    @Operation(summary = "Make every proposal of the term an offer to its district")
    public Map<String, Integer> publish(@PathParam("term") String term) {
        return Map.of("offers", allocationService.publish(termIds.of(term)));
    }
}
