package se.stockholm.vfu.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.place.PlaceOffer;
import se.stockholm.vfu.placement.Placement;
import se.stockholm.vfu.recruitment.Candidate;
import se.stockholm.vfu.recruitment.CandidateStatus;
import se.stockholm.vfu.recruitment.CandidateStep;
import se.stockholm.vfu.recruitment.PostStatus;
import se.stockholm.vfu.recruitment.TraineePost;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.request.StudentRequest;
import se.stockholm.vfu.supervisor.Supervisor;
import se.stockholm.vfu.term.Season;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.unit.Unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Recruitment's test data: terms of the recruitment tests' own (HT/VT 2050–2054), completed placements in them (the
 * former VFU students the funnel counts), trainee posts and candidates with steps on given dates. A funnel test takes
 * a fresh term, so that its cohort holds only what it made; the test database outlives a run, so the terms run out
 * after a few runs of the funnel test (delete target/it-data-* then).
 */
@Stateless
@PermitAll
public class RecruitmentFixtures {

    /** The term the scope and browser tests share (made once). */
    public static final String SHARED_TERM = "VT2054";

    @PersistenceContext
    private EntityManager em;

    /** A term of the recruitment tests that no earlier test made, by code. */
    public String freshTerm() {
        for (int year = 2050; year <= 2054; year++) {
            for (Season season : Season.values()) {
                String code = season.name() + year;
                if (!code.equals(SHARED_TERM) && !exists(code)) {
                    term(season, year);
                    return code;
                }
            }
        }
        throw new IllegalStateException("The recruitment tests' terms 2050-2054 are used up: delete target/it-data-*");
    }

    /** The shared term, made the first time. */
    public String sharedTerm() {
        if (!exists(SHARED_TERM)) {
            term(Season.VT, 2054);
        }
        return SHARED_TERM;
    }

    /** A completed placement of a new student of the university in the district, in the term. */
    public long completedPlacement(String termCode, String districtCode, String universityCode, String studentName) {
        Term term = em.createQuery("SELECT t FROM Term t WHERE t.code = :c", Term.class).setParameter("c", termCode)
                .getSingleResult();
        District district = district(districtCode);
        AreaOfWork area = area();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Unit unit = new Unit(district, area, "IT Rekrytering " + districtCode + " " + tag);
        em.persist(unit);
        Supervisor supervisor = new Supervisor(unit, "IT Handledare " + tag, "it-rec-" + tag + "@it.example");
        em.persist(supervisor);
        PlaceOffer offer = new PlaceOffer(term, unit, area, 1);
        offer.assignSupervisor(supervisor);
        em.persist(offer);
        StudentRequest request = new StudentRequest(term, university(universityCode), "it-rec-" + tag, studentName,
                "it-rec-" + tag + "@it.example");
        em.persist(request);
        em.flush();
        Instant now = Instant.now();
        Placement placement = StartedPlacements.of(em, request, offer, supervisor, now);
        // reported on the last day of the term's period (the steps are dated now, as the history's times end in 2038)
        placement.complete(term.getVfuEnd(), null, term.getVfuEnd(), "it", now);
        em.flush();
        return placement.getId();
    }

    /** An open trainee post of the district, on a unit of its own. */
    public long post(String districtCode) {
        District district = district(districtCode);
        AreaOfWork area = area();
        Unit unit = new Unit(district, area, "IT Traineeenhet " + districtCode + " " + UUID.randomUUID().toString()
                .substring(0, 8));
        em.persist(unit);
        LocalDate start = LocalDate.now().minusYears(3);
        TraineePost post = new TraineePost(district, unit, area, start, start.plusYears(1), 2, PostStatus.OPEN, "it",
                Instant.now());
        em.persist(post);
        em.flush();
        return post.getId();
    }

    /** The id of a unit of the district's post, for changing a post. */
    public long unitOf(long postId) {
        return em.find(TraineePost.class, postId).getUnit().getId();
    }

    public long postDistrict(long postId) {
        return em.find(TraineePost.class, postId).getDistrict().getId();
    }

    public long areaOf(long postId) {
        return em.find(TraineePost.class, postId).getArea().getId();
    }

    /**
     * A candidate on the post, from the placement (or outside VFU when null), interested on {@code from} and then
     * taken through the steps given, {@code days} after {@code from} each.
     */
    public long candidate(long postId, Long placementId, LocalDate from, CandidateStatus[] steps, int[] days) {
        TraineePost post = em.find(TraineePost.class, postId);
        Placement placement = placementId == null ? null : em.find(Placement.class, placementId);
        String name = placement == null ? "IT Extern " + UUID.randomUUID().toString().substring(0, 6)
                : placement.getRequest().getStudentName();
        Candidate candidate = new Candidate(post, placement, name, null, true, from, "it", Instant.now());
        em.persist(candidate);
        em.persist(CandidateStep.of(candidate));
        for (int i = 0; i < steps.length; i++) {
            candidate.moveTo(steps[i], from.plusDays(days[i]), steps[i] == CandidateStatus.LEFT ? "IT skäl" : null, "it",
                    Instant.now());
            em.persist(CandidateStep.of(candidate));
        }
        em.flush();
        return candidate.getId();
    }

    /** A candidate's version and status as stored, to check that a refused change left it alone. */
    public String candidateState(long id) {
        Candidate c = em.find(Candidate.class, id);
        em.refresh(c);
        return c.getVersion() + "/" + c.getStatus() + "/" + c.isConsentNotify() + "/" + c.getEmploymentEndedOn();
    }

    public String postState(long id) {
        TraineePost p = em.find(TraineePost.class, id);
        em.refresh(p);
        return p.getVersion() + "/" + p.getStatus() + "/" + p.getPosts() + "/" + p.getPeriodEnd();
    }

    public long candidateCount(long postId) {
        return em.createQuery("SELECT COUNT(c) FROM Candidate c WHERE c.post.id = :p", Long.class)
                .setParameter("p", postId).getSingleResult();
    }

    private boolean exists(String code) {
        return em.createQuery("SELECT COUNT(t) FROM Term t WHERE t.code = :c", Long.class).setParameter("c", code)
                .getSingleResult() > 0;
    }

    private void term(Season season, int year) {
        LocalDate start = season == Season.HT ? LocalDate.of(year, 8, 25) : LocalDate.of(year, 1, 19);
        em.persist(new Term(season, year, start, start.plusWeeks(20), start.minusMonths(3), start.minusMonths(2)));
        em.flush();
    }

    private District district(String code) {
        return em.createQuery("SELECT d FROM District d WHERE d.code = :code", District.class)
                .setParameter("code", code).getSingleResult();
    }

    private University university(String code) {
        return em.createQuery("SELECT u FROM University u WHERE u.code = :code", University.class)
                .setParameter("code", code).getSingleResult();
    }

    private AreaOfWork area() {
        return em.createQuery("SELECT a FROM AreaOfWork a WHERE a.code = 'BOU'", AreaOfWork.class).getSingleResult();
    }
}
