package se.stockholm.vfu.evaluation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.it.AllocationFixtures;
import se.stockholm.vfu.it.StartedPlacements;
import se.stockholm.vfu.place.PlaceOffer;
import se.stockholm.vfu.placement.Placement;
import se.stockholm.vfu.placement.PlacementLifecycleService;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Test deployments only: placements of the evaluation tests' own, in terms of the years 2065–2069 (these tests'
 * own) and in a new unit each time, so every count on that unit is the test's. {@link #completed} makes started
 * placements and completes them today through {@link PlacementLifecycleService#complete} as the caller (a central
 * contact), which is what invites their students and supervisors; so that today lies in their term's VFU period, the
 * term's period starts in the past ({@link AllocationFixtures#SPAN_START}) while they are completed.
 */
@Stateless
@PermitAll
public class EvaluationFixtures {

    public static final String TERM = "HT2065";
    public static final String OTHER_TERM = "VT2066";

    /** What {@link #completed} made: the unit (its id and unique name) and the placements with their invitations. */
    public record Scenario(String termCode, long unitId, String unitName, long districtId, long universityId,
                           long areaId, List<Long> placements, List<Long> studentInvitations, List<Long> supervisorInvitations) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PlacementLifecycleService lifecycle;

    @Inject
    private EvaluationMailbox mailbox;

    /** {@code count} placements in a new unit of the district, students of the university, all completed now. */
    public Scenario completed(String termCode, String districtCode, String universityCode, int count) {
        Term term = term(termCode);
        District district = em.createQuery("SELECT d FROM District d WHERE d.code = :c", District.class)
                .setParameter("c", districtCode).getSingleResult();
        University university = em.createQuery("SELECT u FROM University u WHERE u.code = :c", University.class)
                .setParameter("c", universityCode).getSingleResult();
        AreaOfWork area = em.createQuery("SELECT a FROM AreaOfWork a WHERE a.code = 'BOU'", AreaOfWork.class)
                .getSingleResult();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Unit unit = new Unit(district, area, "IT Utvärdering " + tag);
        em.persist(unit);
        Supervisor supervisor = new Supervisor(unit, "IT Handledare " + tag, "it-eval-sup-" + tag + "@it.example");
        supervisor.setMaxStudents(count);
        em.persist(supervisor);
        PlaceOffer offer = new PlaceOffer(term, unit, area, count);
        em.persist(offer);
        List<Placement> made = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 1; i <= count; i++) {
            String ref = "it-eval-" + tag + "-" + i;
            StudentRequest request = new StudentRequest(term, university, ref, "IT Eval " + tag + " " + i,
                    ref + "@it.example");
            em.persist(request);
            made.add(StartedPlacements.of(em, request, offer, supervisor, now));
        }
        em.flush();
        // the service completes on the server's today, which lies in the VFU period for a completion (not ahead of
        // it, not before the start): the period starts in the past while they are completed, and where it was
        // afterwards, as the results list the terms by their start
        LocalDate start = term.getVfuStart();
        moveStart(term.getId(), AllocationFixtures.SPAN_START);
        List<Long> ids = new ArrayList<>();
        for (Placement placement : made) {
            lifecycle.complete(term.getId(), placement.getId(), placement.getVersion(), null);
            ids.add(placement.getId());
        }
        moveStart(term.getId(), start);
        return new Scenario(term.getCode(), unit.getId(), unit.getName(), district.getId(), university.getId(),
                area.getId(), ids,
                invitations(ids, Respondent.STUDENT), invitations(ids, Respondent.SUPERVISOR));
    }

    /** The token of the latest mail for the invitation (the reminder's, once reminded). */
    public String token(long invitationId) {
        List<EvaluationMailbox.Mail> mails = mailbox.of(invitationId);
        return mails.isEmpty() ? null : mails.get(mails.size() - 1).token();
    }

    /** Moves the invitation's expiry, as if it had been sent long ago. */
    public void expireAt(long invitationId, Instant at) {
        em.createNativeQuery("UPDATE evaluation_invitation SET expires_at = :at WHERE id = :id")
                .setParameter("at", at).setParameter("id", invitationId).executeUpdate();
    }

    /** The invitation as stored: token hash, reminder hash, answered. */
    public Object[] stored(long invitationId) {
        return (Object[]) em.createNativeQuery("""
                        SELECT token_hash, reminder_token_hash, answered_at, reminded_at, placement_id, respondent
                        FROM evaluation_invitation WHERE id = :id""")
                .setParameter("id", invitationId).getSingleResult();
    }

    /** The answers stored for a placement, by respondent: "STUDENT", "SUPERVISOR". */
    public List<String> answersOf(long placementId) {
        return em.createQuery("SELECT a.respondent FROM EvaluationAnswer a WHERE a.placementId = :p ORDER BY a.id",
                Respondent.class).setParameter("p", placementId).getResultStream().map(Enum::name).toList();
    }

    /** The answer's free text for a placement and respondent, or null. */
    public String freeTextOf(long placementId, Respondent respondent) {
        return em.createQuery("""
                        SELECT a.freeText FROM EvaluationAnswer a WHERE a.placementId = :p AND a.respondent = :r""",
                        String.class).setParameter("p", placementId).setParameter("r", respondent)
                .getResultStream().findFirst().orElse(null);
    }

    private List<Long> invitations(List<Long> placements, Respondent respondent) {
        List<Long> ids = new ArrayList<>();
        for (Long placement : placements) {
            ids.add(em.createQuery("""
                            SELECT i.id FROM EvaluationInvitation i WHERE i.placement.id = :p AND i.respondent = :r""",
                            Long.class).setParameter("p", placement).setParameter("r", respondent).getSingleResult());
        }
        return ids;
    }

    /**
     * Moves the term's VFU start, past the entity's rules on purpose (as {@code AllocationFixtures.spanToday}): these
     * tests' terms (2065–2069) must stay their own. The entities read it again.
     */
    private void moveStart(long termId, LocalDate start) {
        em.createQuery("UPDATE Term t SET t.vfuStart = :start WHERE t.id = :id").setParameter("start", start)
                .setParameter("id", termId).executeUpdate();
        em.clear();
    }

    private Term term(String code) {
        List<Term> found = em.createQuery("SELECT t FROM Term t WHERE t.code = :c", Term.class).setParameter("c", code)
                .getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        Season season = Season.valueOf(code.substring(0, 2));
        int year = Integer.parseInt(code.substring(2));
        Term term = season == Season.HT
                ? new Term(season, year, LocalDate.of(year, 8, 25), LocalDate.of(year + 1, 1, 16),
                        LocalDate.of(year, 5, 15), LocalDate.of(year, 5, 29))
                : new Term(season, year, LocalDate.of(year, 1, 19), LocalDate.of(year, 6, 5),
                        LocalDate.of(year - 1, 12, 6), LocalDate.of(year - 1, 12, 13));
        em.persist(term);
        em.flush();
        return term;
    }
}
