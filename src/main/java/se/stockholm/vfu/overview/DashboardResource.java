package se.stockholm.vfu.overview;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.stockholm.vfu.term.TermIds;

import java.util.Map;

/**
 * The follow-up dashboard as JSON, scoped like the landing pages, and the central contact's reminders. Below
 * {@code terms/{term}/dashboard}, not {@code terms/{term}}: a root resource there would be chosen for
 * {@code GET /api/terms/VT2027} too (more literal characters than {@code terms}), and it has no method for it, so the
 * term itself was 404 ({@link se.stockholm.vfu.term.TermsResource}).
 */
@Path("terms/{term}/dashboard")
@Tag(name = "Follow-up", description = "The follow-up dashboards' figures per role and the term report")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @Inject
    private DashboardService dashboardService;

    @Inject
    private TermIds termIds;

    @GET
    @Operation(summary = "The caller's dashboard for a term: the city (central), the own district beside the city's "
            + "total (district), or the own students (university); a district's and a university's leave out the "
            + "proposals not yet published, as their placements lists do")
    public Dashboard mine(@PathParam("term") String termCode) {
        return dashboardService.forCaller(termIds.of(termCode));
    }

    @GET
    @Path("districts/{districtId}")
    @Operation(summary = "A district's dashboard for a term (its own district, or any for central)")
    public Dashboard district(@PathParam("term") String termCode, @PathParam("districtId") long districtId) {
        return dashboardService.district(termIds.of(termCode), districtId);
    }

    @GET
    @Path("universities/{universityId}")
    @Operation(summary = "A university's dashboard for a term (its own university, or any for central)")
    public Dashboard university(@PathParam("term") String termCode, @PathParam("universityId") long universityId) {
        return dashboardService.university(termIds.of(termCode), universityId);
    }

    @POST
    @Path("reminders/districts/{districtId}")
    @Operation(summary = "Reminds a district that has not reported places for the term (notice and mail; central)")
    public Map<String, Boolean> remindDistrict(@PathParam("term") String termCode,
                                               @PathParam("districtId") long districtId) {
        return Map.of("sent", dashboardService.remindDistrict(termIds.of(termCode), districtId));
    }

    @POST
    @Path("reminders/universities/{universityId}")
    @Operation(summary = "Reminds a university that has sent no requests for the term (notice and mail; central)")
    public Map<String, Boolean> remindUniversity(@PathParam("term") String termCode,
                                                 @PathParam("universityId") long universityId) {
        return Map.of("sent", dashboardService.remindUniversity(termIds.of(termCode), universityId));
    }
}
