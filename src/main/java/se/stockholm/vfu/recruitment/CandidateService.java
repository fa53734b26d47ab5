package se.stockholm.vfu.recruitment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.stockholm.vfu.common.ConflictException;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.notification.Notice;
import se.stockholm.vfu.notification.NotificationService;
import se.stockholm.vfu.placement.Placement;
import se.stockholm.vfu.placement.PlacementStatus;
import se.stockholm.vfu.readlog.ReadLog;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The candidates of the trainee posts ({@link RecruitmentService}), in the same scope: a district contact adds and moves
 * its own district's posts' candidates, the central contact (and the administrator) all; a university coordinator none.
 * Another district's candidate is "not found" to a district contact, on every channel.
 * <p>
 * A former VFU student is added from their completed placement, keeping the link; when they apply to a post of another
 * district than the one of their VFU and agreed to it, that district is told (in-app and mail, the student's name as
 * in the placement notices and nothing else).
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME, Role.DISTRICT_NAME})
public class CandidateService {

    /** The notice's link: the recruitment page of the district told. */
    public static final String DISTRICT_PAGE = "/district/recruitment.xhtml";

    private static final String CANDIDATE_ROW = """
            SELECT NEW se.stockholm.vfu.recruitment.CandidateRow(c.id, c.version, p.id, d.id, d.name, u.name, pl.id,
                   c.name, c.email, t.code, vd.name, un.code, c.consentNotify, c.status, c.statusOn, c.leftReason,
                   c.traineeOn, c.hiredOn, c.employmentEndedOn, c.changedAt, c.changedBy)
            FROM Candidate c JOIN c.post p JOIN p.district d JOIN p.unit u LEFT JOIN c.placement pl
            LEFT JOIN pl.term t LEFT JOIN pl.district vd LEFT JOIN pl.university un""";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RecruitmentAccess access;

    @Inject
    private NotificationService notifications;

    @Inject
    private ReadLog readLog;

    @Inject
    private Clock clock;

    /** The candidates of a post in the caller's scope, newest first. */
    public List<CandidateRow> candidates(long postId) {
        access.readablePost(postId);
        List<CandidateRow> rows = em.createQuery(CANDIDATE_ROW + " WHERE p.id = :post ORDER BY c.changedAt DESC, c.id",
                CandidateRow.class).setParameter("post", postId).getResultList();
        logReads(rows, "CandidateService.candidates");
        return rows;
    }

    public CandidateRow getCandidate(long id) {
        readableCandidate(id);
        CandidateRow row = em.createQuery(CANDIDATE_ROW + " WHERE c.id = :id", CandidateRow.class).setParameter("id", id)
                .getSingleResult();
        logReads(List.of(row), "CandidateService.getCandidate");
        return row;
    }

    /**
     * Former VFU students to add: completed placements. A district contact sees its own district's; another
     * district's former student only by their full name as they gave it (a student applying tells their name), so no
     * district browses another's students. The central contact searches all. Text filter {@code text}.
     */
    public Page<FormerStudentRow> formerStudents(@NotNull PageRequest page) {
        Caller caller = access.caller();
        String text = page.filter("text");
        String from = """
                 FROM Placement pl JOIN pl.request r JOIN pl.term t JOIN pl.district d JOIN pl.university un
                 JOIN pl.offer o JOIN o.unit u
                 WHERE pl.status = :completed""";
        String scope;
        if (caller.isCityWide()) {
            scope = page.containsCondition("text", "r.studentName");
        } else {
            scope = " AND ((d.id = :own AND (:text IS NULL OR LOCATE(:text, LOWER(r.studentName)) > 0))"
                    + " OR (:exact IS NOT NULL AND LOWER(r.studentName) = :exact))";
        }
        TypedQuery<FormerStudentRow> rows = em.createQuery("""
                SELECT NEW se.stockholm.vfu.recruitment.FormerStudentRow(pl.id, r.id, r.studentName, un.code, t.code,
                       d.name, u.name, pl.endedOn)""" + from + scope + " ORDER BY t.vfuStart DESC, r.studentName, pl.id",
                FormerStudentRow.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(pl)" + from + scope, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("completed", PlacementStatus.COMPLETED);
            if (caller.isCityWide()) {
                page.bindContains(query, "text");
            } else {
                query.setParameter("text", page.containsText("text"));
                query.setParameter("own", caller.districtId());
                query.setParameter("exact", text == null ? null : text.toLowerCase(Locale.ROOT));
            }
        }
        List<FormerStudentRow> found = rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        readLog.placements(found.stream().map(r -> new ReadLog.Read(r.requestId(), r.placementId())).toList(),
                "CandidateService.formerStudents");
        return new Page<>(found, count.getSingleResult());
    }

    /**
     * Adds a candidate to the post: a former VFU student from their completed placement (name and e-mail from the
     * placement's request, the link kept), or, without a placement, someone from outside VFU by name. A district
     * contact names another district's former student by their full name too ({@code name}), as in
     * {@link #formerStudents}: a placement id alone is not found, so ids cannot be counted through the city's students.
     */
    public long addCandidate(long postId, @NotNull @Valid CandidateForm form) {
        TraineePost post = access.readablePost(postId);
        Caller caller = access.caller();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, StockholmTime.ZONE);
        Candidate candidate;
        if (form.getPlacementId() != null) {
            Placement placement = em.find(Placement.class, form.getPlacementId());
            if (placement == null || !mayName(caller, placement, form.getName())) {
                throw new NotFoundException(); // an id that does not exist answers as one the caller may not name
            }
            if (placement.getStatus() != PlacementStatus.COMPLETED) {
                throw new InvalidInputException("placement", "recruitment.error.placementNotCompleted");
            }
            boolean already = em.createQuery("SELECT COUNT(c) FROM Candidate c WHERE c.post = :post"
                            + " AND c.placement = :placement", Long.class)
                    .setParameter("post", post).setParameter("placement", placement).getSingleResult() > 0;
            if (already) {
                throw new ConflictException("placement", "recruitment.error.alreadyCandidate");
            }
            candidate = new Candidate(post, placement, placement.getRequest().getStudentName(),
                    placement.getRequest().getStudentEmail(), form.isConsentNotify(), today, caller.username(), now);
        } else {
            candidate = new Candidate(post, null, form.getName(), form.getEmail(), form.isConsentNotify(), today,
                    caller.username(), now);
        }
        em.persist(candidate);
        em.persist(CandidateStep.of(candidate));
        em.flush();
        return candidate.getId();
    }

    /** Whether the caller may add this placement's student: its own district's, or another's by full name. */
    private static boolean mayName(Caller caller, Placement placement, String name) {
        if (caller.isCityWide() || Objects.equals(placement.getDistrict().getId(), caller.districtId())) {
            return true;
        }
        return placement.getStatus() == PlacementStatus.COMPLETED && name != null
                && name.strip().equalsIgnoreCase(placement.getRequest().getStudentName());
    }

    /**
     * The candidate's next step, on the version read; "applied" to another district's post may notify. A step is
     * something that happened, so it is dated today at the latest: a hire dated next year was counted in the funnel
     * at once, and in the turnover chart's next year.
     */
    public CandidateRow move(long candidateId, @NotNull @Valid StepForm step) {
        Candidate candidate = readableCandidate(candidateId);
        candidate.requireVersion(step.version());
        Instant now = clock.instant();
        if (step.date() != null && step.date().isAfter(LocalDate.ofInstant(now, StockholmTime.ZONE))) {
            throw new InvalidInputException("date", "recruitment.error.dateInFuture");
        }
        candidate.moveTo(step.status(), step.date(), step.reason(), access.caller().username(), now);
        em.persist(CandidateStep.of(candidate));
        if (step.status() == CandidateStatus.APPLIED) {
            notifyVfuDistrict(candidate);
        }
        return getCandidate(candidateId);
    }

    /** Records the date a hired candidate's permanent employment ended (or clears it with null). */
    public CandidateRow endEmployment(long candidateId, Long version, LocalDate on) {
        Candidate candidate = readableCandidate(candidateId);
        candidate.requireVersion(version);
        candidate.endEmployment(on, access.caller().username(), clock.instant());
        return getCandidate(candidateId);
    }

    /** The candidate's consent to telling the district of their VFU. */
    public CandidateRow setConsent(long candidateId, Long version, boolean consent) {
        Candidate candidate = readableCandidate(candidateId);
        candidate.requireVersion(version);
        candidate.setConsentNotify(consent);
        return getCandidate(candidateId);
    }

    /** Every step of the candidate, oldest first, with who recorded it and when. */
    public List<StepRow> steps(long candidateId) {
        readableCandidate(candidateId);
        return em.createQuery("""
                        SELECT NEW se.stockholm.vfu.recruitment.StepRow(s.status, s.stepOn, s.reason, s.changedAt,
                               s.changedBy)
                        FROM CandidateStep s WHERE s.candidate.id = :id ORDER BY s.changedAt, s.id""", StepRow.class)
                .setParameter("id", candidateId).getResultList();
    }

    private void notifyVfuDistrict(Candidate candidate) {
        Placement placement = candidate.getPlacement();
        if (placement == null || !candidate.isConsentNotify()) {
            return;
        }
        District vfuDistrict = placement.getDistrict();
        District postDistrict = candidate.getPost().getDistrict();
        if (Objects.equals(vfuDistrict.getId(), postDistrict.getId())) {
            return;
        }
        notifications.notifyDistrict(vfuDistrict.getId(), new Notice("notice.candidateApplied.subject",
                "notice.candidateApplied.body", List.of(candidate.getName(), postDistrict.getName(),
                placement.getTerm().getCode()), DISTRICT_PAGE).about(placement.getRequest().getId()));
    }

    private void logReads(List<CandidateRow> rows, String service) {
        List<Long> placementIds = rows.stream().map(CandidateRow::placementId).filter(Objects::nonNull).toList();
        if (placementIds.isEmpty()) {
            return;
        }
        List<ReadLog.Read> reads = em.createQuery("SELECT pl.request.id, pl.id FROM Placement pl WHERE pl.id IN :ids",
                        Tuple.class).setParameter("ids", placementIds).getResultStream()
                .map(r -> new ReadLog.Read(r.get(0, Long.class), r.get(1, Long.class))).toList();
        readLog.placements(reads, service);
    }

    private Candidate readableCandidate(long id) {
        Candidate candidate = em.find(Candidate.class, id);
        if (candidate == null || !access.caller().mayReadDistrict(candidate.getPost().getDistrict().getId())) {
            throw new NotFoundException();
        }
        return candidate;
    }
}
