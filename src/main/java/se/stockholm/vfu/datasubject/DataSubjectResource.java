package se.stockholm.vfu.datasubject;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/data-subject-exports} with {@code {"universityId": 1, "studentRef": "…", "term": "VT2027"}} (term
 * optional): the student's data-subject export as a JSON file. The student's reference goes in the body, never in the
 * URL, so it reaches no access log. Central contact and administrator only (403 for anyone else); 404 when the
 * university has no such student.
 */
@Path("data-subject-exports")
@Tag(name = "Data-subject export", description = "Everything the portal holds on one student, for a request under GDPR art. 15")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DataSubjectResource {

    /** Which student: their university and reference, and optionally one term (its code). */
    public record Ask(Long universityId, String studentRef, String term) {
    }

    @Inject
    private DataSubjectService dataSubjectService;

    @POST
    @Operation(summary = "Everything stored about one student, as a file to hand over (central, administrator)")
    public Response export(Ask ask) {
        Ask given = ask == null ? new Ask(null, null, null) : ask;
        DataSubjectExport export = dataSubjectService.export(given.universityId(), given.studentRef(), given.term());
        return Response.ok(DataSubjectJson.write(export), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + DataSubjectJson.fileName(export) + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
