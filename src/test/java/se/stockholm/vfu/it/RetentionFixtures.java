package se.stockholm.vfu.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.inquiry.Inquiry;
import se.stockholm.vfu.notification.Notice;
import se.stockholm.vfu.notification.Notification;
import se.stockholm.vfu.place.PlaceOffer;
import se.stockholm.vfu.placement.Placement;
import se.stockholm.vfu.placement.PlacementEvent;
import se.stockholm.vfu.recruitment.Candidate;
import se.stockholm.vfu.recruitment.CandidateStatus;
import se.stockholm.vfu.recruitment.CandidateStep;
import se.stockholm.vfu.recruitment.TraineePost;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.request.RequestData;
import se.stockholm.vfu.request.StudentRequest;
import se.stockholm.vfu.term.Season;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.unit.Unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Data for the retention tests, far in the past so that no other test's data is ever old enough to be touched:
 * a term that ended in June 2001 ({@link #OLD_TERM}) and one that ended in January 2002 ({@link #RECENT_TERM}),
 * each with students, and inquiries forwarded in January 2002 and January 2003. Each method is its own transaction
 * (so its own revision in the change history); names carry a tag so that every run's records are its own.
 */
@Stateless
public class RetentionFixtures {

    public static final String OLD_TERM = "VT2001";
    public static final String RECENT_TERM = "HT2001";
    /** With the default limits, "now" for the tests: the old term is 25 months past its end, the recent one 17. */
    public static final Instant NOW = Instant.parse("2003-07-01T10:00:00Z");
    public static final Instant LONG_AGO = Instant.parse("2002-01-10T09:00:00Z");
    public static final Instant LESS_LONG_AGO = Instant.parse("2003-01-10T09:00:00Z");

    @PersistenceContext
    private EntityManager em;

    /** A student request in the term with a support note, an exclusion and notes: everything retention removes. */
    public long request(String termCode, String tag) {
        Term term = term(termCode);
        District excluded = em.createQuery("SELECT d FROM District d WHERE d.code = 'RK'", District.class).getSingleResult();
        RequestData data = new RequestData(tag, "RT Student " + tag, tag + "@rt.example", "Umeå universitet", true,
                List.of(), List.of(), List.of("sv"), true, "RT stödbehov " + tag, List.of(excluded.getId()),
                "RT anteckning " + tag);
        StudentRequest request = StudentRequest.of(term, university("SU"), data, List.of(), List.of(), Set.of(excluded));
        em.persist(request);
        em.flush();
        return request.getId();
    }

    /** A second revision of the request, so that its history has more than one row with the student's data. */
    public void touch(long requestId) {
        em.find(StudentRequest.class, requestId).recordChange(Fixtures.SU, LONG_AGO, false);
    }

    /** A placement of the request on a new offer of the term, cancelled with a reason naming the student. */
    public long cancelledPlacement(long requestId, String tag) {
        StudentRequest request = em.find(StudentRequest.class, requestId);
        AreaOfWork area = em.createQuery("SELECT a FROM AreaOfWork a WHERE a.code = 'BOU'", AreaOfWork.class).getSingleResult();
        District district = em.createQuery("SELECT d FROM District d WHERE d.code = 'SO'", District.class).getSingleResult();
        Unit unit = new Unit(district, area, "RT Enhet " + tag);
        em.persist(unit);
        PlaceOffer offer = new PlaceOffer(request.getTerm(), unit, area, 1);
        em.persist(offer);
        Placement placement = Placement.propose(request, offer, null, 1, Fixtures.CENTRAL, LONG_AGO);
        em.persist(placement);
        placement.cancel("RT " + tag + " blev sjuk", Fixtures.CENTRAL, LONG_AGO);
        em.persist(PlacementEvent.of(placement));
        em.flush();
        return placement.getId();
    }

    public long inquiry(String tag, Instant forwardedAt) {
        District district = em.createQuery("SELECT d FROM District d WHERE d.code = 'SO'", District.class).getSingleResult();
        Inquiry inquiry = new Inquiry(district, "RT Inquirer " + tag, tag + "@rt-inquiry.example", "Lunds universitet",
                "RT meddelande från " + tag, LocalDate.ofInstant(forwardedAt, java.time.ZoneOffset.UTC).minusDays(1),
                university("SU"), Fixtures.SODERMALM, forwardedAt);
        em.persist(inquiry);
        em.flush();
        return inquiry.getId();
    }

    /**
     * A candidate on the trainee post, interested on {@code from}, applied five days later and withdrawn after ten with
     * a reason naming them: name, e-mail and the reason are what retention removes. A second transaction's change
     * (consent withdrawn) gives the history a second row carrying the name.
     */
    public long candidate(long postId, String tag, LocalDate from) {
        return candidate(postId, null, tag, from);
    }

    /** The same, a former VFU student of that placement (null for none): the candidacy keeps the student's reference. */
    public long candidate(long postId, Long placementId, String tag, LocalDate from) {
        TraineePost post = em.find(TraineePost.class, postId);
        Placement placement = placementId == null ? null : em.find(Placement.class, placementId);
        Candidate candidate = new Candidate(post, placement, "RT Candidate " + tag, tag + "@rt-candidate.example", true, from,
                Fixtures.SODERMALM, LONG_AGO);
        em.persist(candidate);
        em.persist(CandidateStep.of(candidate));
        candidate.moveTo(CandidateStatus.APPLIED, from.plusDays(5), null, Fixtures.SODERMALM, LONG_AGO);
        em.persist(CandidateStep.of(candidate));
        candidate.moveTo(CandidateStatus.WITHDREW, from.plusDays(10), "RT " + tag + " flyttade", Fixtures.SODERMALM, LONG_AGO);
        em.persist(CandidateStep.of(candidate));
        em.flush();
        return candidate.getId();
    }

    public void withdrawConsent(long candidateId) {
        em.find(Candidate.class, candidateId).setConsentNotify(false);
    }

    public long notification(Instant createdAt, String tag) {
        Notification notification = new Notification(Fixtures.CENTRAL, Notice.message("RT " + tag, "RT " + tag, null), createdAt);
        em.persist(notification);
        em.flush();
        return notification.getId();
    }

    /** The first column of the rows a native query finds. */
    public List<?> column(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    public long count(String sql, Object... parameters) {
        return ((Number) column(sql, parameters).get(0)).longValue();
    }

    private Term term(String code) {
        List<Term> found = em.createQuery("SELECT t FROM Term t WHERE t.code = :code", Term.class)
                .setParameter("code", code).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        Term term = OLD_TERM.equals(code)
                ? new Term(Season.VT, 2001, LocalDate.of(2001, 1, 15), LocalDate.of(2001, 6, 1),
                        LocalDate.of(2000, 12, 1), LocalDate.of(2000, 12, 8))
                : new Term(Season.HT, 2001, LocalDate.of(2001, 8, 27), LocalDate.of(2002, 1, 15),
                        LocalDate.of(2001, 5, 15), LocalDate.of(2001, 5, 29));
        em.persist(term);
        return term;
    }

    private University university(String code) {
        return em.createQuery("SELECT u FROM University u WHERE u.code = :code", University.class)
                .setParameter("code", code).getSingleResult();
    }
}
