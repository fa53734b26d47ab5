package se.stockholm.vfu.overview;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.stockholm.vfu.common.Texts;
import se.stockholm.vfu.term.TermIds;

import java.util.Locale;

/**
 * The term report for the steering group as PDF or Excel (central contact only). Its own root path, for the reason
 * {@link DashboardResource} gives.
 */
@Path("terms/{term}/report.{format: pdf|xlsx}")
@Tag(name = "Follow-up", description = "The follow-up dashboards' figures per role and the term report")
public class TermReportResource {

    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private DashboardService dashboardService;

    @Inject
    private TermIds termIds;

    @Inject
    private HttpHeaders headers;

    @GET
    @Produces({PDF, XLSX})
    @Operation(summary = "The term report for the steering group: report.pdf as PDF, report.xlsx as an Excel workbook; "
            + "in Swedish, or English with lang=en or Accept-Language (central)")
    public Response report(@PathParam("term") String termCode, @PathParam("format") String format,
                           @QueryParam("lang") String language) {
        Locale locale = locale(language);
        TermReport report = dashboardService.report(termIds.of(termCode), locale);
        // named in the report's language, as the pages' exports are
        String name = Texts.text(locale, "dashboard.report.file") + "-" + termCode;
        return "pdf".equals(format)
                ? download(report.pdf(), PDF, name + ".pdf")
                : download(report.xlsx(), XLSX, name + ".xlsx");
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
                .header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9.-]", "")
                        + "\"")
                .build();
    }
}
