package se.stockholm.vfu.term;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.stockholm.vfu.common.NotFoundException;

import java.time.LocalDate;
import java.util.List;

/** Terms as JSON: /api/terms and /api/terms/{code}. */
@Path("terms")
@Tag(name = "Terms", description = "Terms (terminer) and their dates")
@Produces(MediaType.APPLICATION_JSON)
public class TermsResource {

    /** A term as the API shows it. */
    public record TermJson(String code, String season, int year, LocalDate vfuStart, LocalDate vfuEnd,
                           int targetPlaces, LocalDate reportingDeadline, LocalDate requestDeadline, String status) {

        static TermJson of(Term term) {
            return new TermJson(term.getCode(), term.getSeason().name(), term.getYear(), term.getVfuStart(),
                    term.getVfuEnd(), term.getTargetPlaces(), term.getReportingDeadline(), term.getRequestDeadline(),
                    term.getStatus().name());
        }
    }

    @Inject
    private TermService termService;

    @GET
    @Operation(summary = "Every term, newest first")
    public List<TermJson> all() {
        return termService.all().stream().map(TermJson::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One term by its code (e.g. VT2027)")
    public TermJson byCode(@PathParam("code") String code) {
        return termService.byCode(code).map(TermJson::of).orElseThrow(NotFoundException::new);
    }
}
