package se.stockholm.vfu.evaluation;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.stockholm.vfu.api.PageParams;
import se.stockholm.vfu.common.Page;

import java.util.List;

/**
 * Evaluation results as JSON, scoped like the page: /api/evaluations. Groups of fewer than five answers come
 * suppressed (no count, no means); the free texts are the central contact's only. Answering is not part of the
 * API: the respondent's link opens the public answer page, which needs no account.
 */
@Path("evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations", description = "Results of the evaluations after the placement")
public class EvaluationsResource {

    @Inject
    private EvaluationService evaluationService;

    @GET
    @Path("results")
    @Operation(summary = "Results per term and group (grouping=district|unit|area|university, respondent=student|supervisor)"
            + " in the caller's scope, with the city's total; groups under five answers suppressed")
    public List<ResultRow> results(@QueryParam("grouping") String grouping, @QueryParam("respondent") String respondent) {
        return evaluationService.results(Grouping.parse(grouping), Respondent.parse(respondent));
    }

    @GET
    @Path("free-texts")
    @Operation(summary = "The free-text answers, newest first, without names (central contact only; filter term)")
    public Page<FreeTextRow> freeTexts(@Context UriInfo uri) {
        return evaluationService.freeTexts(PageParams.from(uri, false));
    }
}
