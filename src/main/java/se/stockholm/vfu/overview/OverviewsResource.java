package se.stockholm.vfu.overview;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.stockholm.vfu.term.TermIds;

/**
 * The landing pages' figures as JSON, scoped like the pages: the city overview for the central
 * contact, a district's for that district, a university's for that university.
 */
@Path("terms/{term}/overview")
@Tag(name = "Follow-up", description = "The follow-up dashboards' figures per role and the term report")
@Produces(MediaType.APPLICATION_JSON)
public class OverviewsResource {

    @Inject
    private OverviewService overviewService;

    @Inject
    private TermIds termIds;

    @GET
    @Operation(summary = "The city's figures for a term: places per district against the target, requests per university (central)")
    public CityOverview city(@PathParam("term") String termCode) {
        return overviewService.city(termIds.of(termCode));
    }

    @GET
    @Path("districts/{districtId}")
    @Operation(summary = "A district's figures for a term (its own district, or any for central)")
    public DistrictOverview district(@PathParam("term") String termCode, @PathParam("districtId") long districtId) {
        return overviewService.district(termIds.of(termCode), districtId);
    }

    @GET
    @Path("universities/{universityId}")
    @Operation(summary = "A university's figures for a term (its own university, or any for central)")
    public UniversityOverview university(@PathParam("term") String termCode,
                                         @PathParam("universityId") long universityId) {
        return overviewService.university(termIds.of(termCode), universityId);
    }
}
