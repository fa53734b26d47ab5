package se.stockholm.vfu.recruitment;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.stockholm.vfu.api.PageParams;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Trainee posts and their candidates as JSON, scoped like the pages: a district contact its own district's, the
 * central contact all; a university coordinator none (403). Another district's post or candidate is 404. Names are
 * never in a URL: the former-students search takes its text in a POST body.
 */
@Path("trainee-posts")
@Tag(name = "Recruitment", description = "VFU students who go on to trainee posts and jobs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TraineePostsResource {

    /** A search of former VFU students by name, in the body. */
    public record Search(String text, Integer first, Integer size) {
    }

    /** The date a hired candidate's employment ended, on the version read. */
    public record EmploymentEnd(Long version, LocalDate date) {
    }

    /** The candidate's consent to telling the district of their VFU, on the version read. */
    public record Consent(Long version, boolean consentNotify) {
    }

    @Inject
    private RecruitmentService service;

    @Inject
    private CandidateService candidateService;

    @GET
    @Operation(summary = "Trainee posts in the caller's scope (status=, districtId= for central, text=)")
    public Page<PostRow> list(@Context UriInfo uri) {
        return service.findPosts(PageParams.from(uri));
    }

    @POST
    @Operation(summary = "Report a trainee post: a district its own, central for the district named")
    public Response create(PostForm form) {
        long id = service.createPost(form == null ? new PostForm() : form);
        return Response.created(URI.create("trainee-posts/" + id)).entity(service.getPost(id)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One trainee post in the caller's scope")
    public PostRow get(@PathParam("id") long id) {
        return service.getPost(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a trainee post on the version read (unit, area, period, posts, status)")
    public PostRow update(@PathParam("id") long id, PostForm form) {
        return service.updatePost(id, form == null ? new PostForm() : form);
    }

    @GET
    @Path("{id}/candidates")
    @Operation(summary = "The candidates of a trainee post")
    public List<CandidateRow> candidates(@PathParam("id") long id) {
        return candidateService.candidates(id);
    }

    @POST
    @Path("{id}/candidates")
    @Operation(summary = "Add a candidate: a former VFU student by placementId (another district's also by their full"
            + " name in name, else 404), or someone from outside VFU by name")
    public Response addCandidate(@PathParam("id") long id, CandidateForm form) {
        long candidateId = candidateService.addCandidate(id, form == null ? new CandidateForm() : form);
        return Response.created(URI.create("trainee-posts/candidates/" + candidateId))
                .entity(candidateService.getCandidate(candidateId)).build();
    }

    @POST
    @Path("former-students/search")
    @Operation(summary = "Former VFU students (completed placements) to add: a district its own, another's by full name")
    public Page<FormerStudentRow> formerStudents(Search search) {
        String text = search == null ? null : search.text();
        int first = search == null || search.first() == null ? 0 : search.first();
        int size = search == null || search.size() == null ? 50 : search.size();
        return candidateService.formerStudents(new PageRequest(first, size, null, true,
                text == null ? Map.of() : Map.of("text", text)));
    }

    @GET
    @Path("candidates/{id}")
    @Operation(summary = "One candidate in the caller's scope")
    public CandidateRow candidate(@PathParam("id") long id) {
        return candidateService.getCandidate(id);
    }

    @GET
    @Path("candidates/{id}/steps")
    @Operation(summary = "Every step of a candidate with who recorded it and when, oldest first")
    public List<StepRow> steps(@PathParam("id") long id) {
        return candidateService.steps(id);
    }

    @POST
    @Path("candidates/{id}/steps")
    @Operation(summary = "Move a candidate to their next step on the version read (status, date, reason for left)")
    public CandidateRow move(@PathParam("id") long id, StepForm step) {
        return candidateService.move(id, step == null ? new StepForm(null, null, null, null) : step);
    }

    @PUT
    @Path("candidates/{id}/employment-end")
    @Operation(summary = "Record (or clear) the date a hired candidate's permanent employment ended")
    public CandidateRow endEmployment(@PathParam("id") long id, EmploymentEnd end) {
        return candidateService.endEmployment(id, end == null ? null : end.version(), end == null ? null : end.date());
    }

    @PUT
    @Path("candidates/{id}/consent")
    @Operation(summary = "Record whether the candidate agreed that the district of their VFU is told of applications")
    public CandidateRow consent(@PathParam("id") long id, Consent consent) {
        return candidateService.setConsent(id, consent == null ? null : consent.version(),
                consent != null && consent.consentNotify());
    }
}
