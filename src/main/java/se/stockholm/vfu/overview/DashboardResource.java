package se.stockholm.vfu.overview;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.stockholm.vfu.term.TermService;

import java.util.Locale;
import java.util.Map;

/**
 * The follow-up dashboard as JSON, scoped like the landing pages, the central contact's reminders, and the term
 * report as PDF or Excel (central contact only).
 */
@Path("terms/{term}")
@Tag(name = "Follow-up", description = "The follow-up dashboards' figures per role and the term report")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private DashboardService dashboardService;

    @Inject
    private TermService termService;

    @Inject
    private HttpHeaders headers;

    @GET
    @Path("dashboard")
    @Operation(summary = "The caller's dashboard for a term: the city (central), the own district beside the city's "
            + "total (district), or the own students (university)")
    public Dashboard mine(@PathParam("term") String termCode) {
        return dashboardService.forCaller(termService.idOf(termCode));
    }

    @GET
    @Path("dashboard/districts/{districtId}")
    @Operation(summary = "A district's dashboard for a term (its own district, or any for central)")
    public Dashboard district(@PathParam("term") String termCode, @PathParam("districtId") long districtId) {
        return dashboardService.district(termService.idOf(termCode), districtId);
    }

    @GET
    @Path("dashboard/universities/{universityId}")
    @Operation(summary = "A university's dashboard for a term (its own university, or any for central)")
    public Dashboard university(@PathParam("term") String termCode, @PathParam("universityId") long universityId) {
        return dashboardService.university(termService.idOf(termCode), universityId);
    }

    @POST
    @Path("dashboard/reminders/districts/{districtId}")
    @Operation(summary = "Reminds a district that has not reported places for the term (notice and mail; central)")
    public Map<String, Boolean> remindDistrict(@PathParam("term") String termCode,
                                               @PathParam("districtId") long districtId) {
        return Map.of("sent", dashboardService.remindDistrict(termService.idOf(termCode), districtId));
    }

    @POST
    @Path("dashboard/reminders/universities/{universityId}")
    @Operation(summary = "Reminds a university that has sent no requests for the term (notice and mail; central)")
    public Map<String, Boolean> remindUniversity(@PathParam("term") String termCode,
                                                 @PathParam("universityId") long universityId) {
        return Map.of("sent", dashboardService.remindUniversity(termService.idOf(termCode), universityId));
    }

    @GET
    @Path("report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The term report for the steering group as PDF, in Swedish or English (lang=en) (central)")
    public Response pdf(@PathParam("term") String termCode, @QueryParam("lang") String language) {
        TermReport report = dashboardService.report(termService.idOf(termCode), locale(language));
        return download(report.pdf(), "application/pdf", termCode + ".pdf");
    }

    @GET
    @Path("report.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The term report for the steering group as an Excel workbook (lang=en for English) (central)")
    public Response xlsx(@PathParam("term") String termCode, @QueryParam("lang") String language) {
        TermReport report = dashboardService.report(termService.idOf(termCode), locale(language));
        return download(report.xlsx(), XLSX, termCode + ".xlsx");
    }

    private Locale locale(String language) {
        if (language != null) {
            return "en".equalsIgnoreCase(language) ? Locale.ENGLISH : Locale.forLanguageTag("sv");
        }
        boolean english = !headers.getAcceptableLanguages().isEmpty()
                && "en".equals(headers.getAcceptableLanguages().get(0).getLanguage());
        return english ? Locale.ENGLISH : Locale.forLanguageTag("sv");
    }

    private static Response download(byte[] content, String type, String name) {
        return Response.ok(content, type)
                .header("Content-Disposition", "attachment; filename=\"vfu-term-report-" + name.replaceAll("[^A-Za-z0-9.]", "")
                        + "\"")
                .build();
    }
}
