package se.stockholm.vfu.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.term.Term;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The universities' reports on supervisor training. A coordinator reads and saves their own
 * university's report; the central contact sees all three side by side.
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME, Role.UNIVERSITY_NAME})
public class TrainingReportService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    public TrainingReportView report(long termId, long universityId) {
        currentUser.get().requireUniversity(universityId);
        Term term = term(termId);
        University university = em.find(University.class, universityId);
        if (university == null) {
            throw new NotFoundException();
        }
        return em.createQuery("SELECT r FROM TrainingReport r WHERE r.term = :term AND r.university = :university",
                        TrainingReport.class)
                .setParameter("term", term).setParameter("university", university)
                .getResultStream().findFirst()
                .map(TrainingReportService::view)
                .orElseGet(() -> empty(term, university));
    }

    /** Every active university's report for the term, submitted or not, in university order. */
    @RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public List<TrainingReportView> all(long termId) {
        currentUser.get().requireCityWide();
        Term term = term(termId);
        Map<Long, TrainingReport> reports = em.createQuery(
                        "SELECT DISTINCT r FROM TrainingReport r LEFT JOIN FETCH r.courses JOIN FETCH r.university"
                                + " WHERE r.term = :term", TrainingReport.class)
                .setParameter("term", term).getResultList().stream()
                // a fetch join returns a report once per course; keep one
                .collect(Collectors.toMap(r -> r.getUniversity().getId(), Function.identity(), (same, again) -> same));
        return em.createQuery("SELECT u FROM University u WHERE u.active = TRUE ORDER BY u.code", University.class)
                .getResultStream()
                .map(u -> reports.containsKey(u.getId()) ? view(reports.get(u.getId())) : empty(term, u))
                .toList();
    }

    /** Saves the coordinator's own university's report on the version read and returns it as saved. */
    @RolesAllowed(Role.UNIVERSITY_NAME)
    public TrainingReportView save(long termId, @NotNull @Valid TrainingReportForm form) {
        Caller caller = currentUser.get();
        Term term = term(termId);
        University university = em.find(University.class, caller.universityId());
        TrainingReport report = em.createQuery(
                        "SELECT r FROM TrainingReport r WHERE r.term = :term AND r.university = :university",
                        TrainingReport.class)
                .setParameter("term", term).setParameter("university", university)
                .getResultStream().findFirst()
                .orElse(null);
        if (report == null) {
            if (form.getVersion() == null) {
                throw new InvalidInputException("version", "error.versionRequired");
            }
            if (form.getVersion() != TrainingReport.NEW_VERSION) {
                throw new OptimisticLockException();
            }
            report = new TrainingReport(term, university);
        } else {
            // someone else of the university saved the report after this form was read (or it was new then)
            report.requireVersion(form.getVersion());
        }
        List<TrainingCourse> courses = form.getCourses().stream()
                .map(c -> new TrainingCourse(c.getName().trim(), c.getStartDate(), c.getEndDate(), c.getSeats()))
                .toList();
        report.update(courses, form.getStaffOffered(), form.getStaffNotGivenPlace(), form.getEvaluationSummary(),
                caller.username(), clock.instant());
        if (report.getId() == null) {
            em.persist(report);
        }
        em.flush(); // the view carries the version the report has once this commits
        return view(report);
    }

    private Term term(long termId) {
        Term term = em.find(Term.class, termId);
        if (term == null) {
            throw new NotFoundException();
        }
        return term;
    }

    private static TrainingReportView view(TrainingReport r) {
        List<TrainingReportView.Course> courses = r.getCourses().stream()
                .map(c -> new TrainingReportView.Course(c.getName(), c.getStartDate(), c.getEndDate(), c.getSeats()))
                .toList();
        return new TrainingReportView(r.getVersion(), r.getTerm().getCode(), r.getUniversity().getId(), r.getUniversity().getCode(),
                r.getUniversity().getNameSv(), true, courses, r.getStaffOffered(), r.getStaffNotGivenPlace(),
                r.getEvaluationSummary(), r.getUpdatedAt(), r.getUpdatedBy());
    }

    private static TrainingReportView empty(Term term, University university) {
        return new TrainingReportView(TrainingReport.NEW_VERSION, term.getCode(), university.getId(), university.getCode(),
                university.getNameSv(), false, List.of(), 0, 0, null, null, null);
    }
}
