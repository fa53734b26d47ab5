package se.stockholm.vfu.recruitment;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.stockholm.vfu.common.Filters;

import java.util.List;

/**
 * The funnel and staff turnover as JSON. The funnel is scoped and suppressed on the server exactly as on the page: a
 * university gets its own students' aggregates with every figure under 5 as {@code {"count": null, "suppressed":
 * true}}. Staff turnover: a district its own and the city's, the central contact all; a university 403.
 */
@Path("recruitment")
@Tag(name = "Recruitment", description = "VFU students who go on to trainee posts and jobs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecruitmentResource {

    @Inject
    private FunnelService funnelService;

    @Inject
    private TurnoverService turnoverService;

    @GET
    @Path("funnel")
    @Operation(summary = "The funnel VFU students → trainees → hires → still employed after 12 months, per cohort")
    public List<FunnelRow> funnel() {
        return funnelService.funnel();
    }

    @GET
    @Path("staff-turnover")
    @Operation(summary = "Staff turnover per district, year and staff group (districtId= for central), with rates")
    public List<TurnoverRow> turnover(@QueryParam("districtId") String districtId) {
        return turnoverService.rows(districtId == null || districtId.isBlank() ? null : Filters.id(districtId));
    }

    @GET
    @Path("staff-turnover/city")
    @Operation(summary = "The city's staff turnover per year and group: as reported for the city, or the districts' sum")
    public List<TurnoverRow> cityTotals() {
        return turnoverService.cityTotals();
    }

    @PUT
    @Path("staff-turnover")
    @Operation(summary = "Enter or correct one year's staff turnover of a staff group: a district its own; central any"
            + " district's (districtId) or the city's (\"city\": true)")
    public TurnoverRow save(TurnoverForm form) {
        return turnoverService.save(form == null ? new TurnoverForm(null, null, null, null, null, null, null, null) : form);
    }

    @GET
    @Path("staff-turnover/series")
    @Operation(summary = "A district's turnover rates beside the city's and its trainees and hires, per year")
    public List<TurnoverPoint> series(@QueryParam("districtId") String districtId) {
        return turnoverService.series(districtId == null || districtId.isBlank() ? null : Filters.id(districtId));
    }
}
