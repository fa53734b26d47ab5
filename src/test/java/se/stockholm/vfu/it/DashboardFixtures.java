package se.stockholm.vfu.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.place.PlaceOffer;
import se.stockholm.vfu.placement.Placement;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.request.RequestData;
import se.stockholm.vfu.request.StudentRequest;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.supervisor.Supervisor;
import se.stockholm.vfu.supervisor.TrainingStatus;
import se.stockholm.vfu.term.Season;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.term.TermStatus;
import se.stockholm.vfu.unit.Unit;
import se.stockholm.vfu.user.AppUser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Fixed data for the dashboard and term-report tests, in terms of their own (VT2042, HT2042), so that every figure
 * can be worked out by hand. Made once; the test database keeps it between runs.
 * <p>
 * HT2042 (published): Skarpnäck reports 4 places in BOU (supervisor s1 trained, s2 untrained, s3 enrolled), Farsta 3
 * in EKB with no supervisor named. Requests: SU a, b, c (first choice Skarpnäck), d (Farsta), g (withdrawn); SH e
 * (Skarpnäck), f (no preference); none from ESBH. Placements: a completed (s1), b started (s2), c declined, e
 * interrupted (s1) — all in Skarpnäck; d offered in Farsta and not answered; f proposed in Farsta, not published.
 * <p>
 * VT2042 (closed): Skarpnäck 2 places; SU h completed there.
 */
@Stateless
@PermitAll
public class DashboardFixtures {

    public static final String TERM = "HT2042";
    public static final String PAST_TERM = "VT2042";
    /**
     * Open, its request deadline passed and no allocation run: the central contact's to-do. Long past, so it would be
     * the earliest term in preparation (which sessions start in): it is made only inside a test's own transaction
     * ({@link #openTermAwaitingItsRun()}), which the test rolls back. (It was VT2099 with deadlines of 2026, which a
     * term's dates no longer allow: deadlines are at most a year before the period.)
     */
    public static final String NOT_RUN_TERM = "VT2019";
    /** District contacts of Skarpnäck and Farsta. */
    public static final String SKARPNACK = "it-db-sk";
    public static final String FARSTA = "it-db-fa";
    /** When everything in the fixtures happened: long enough ago for an offer to count as unanswered. */
    static final Instant AT = Instant.parse("2026-01-12T09:00:00Z");

    @PersistenceContext
    private EntityManager em;

    /** Creates the fixtures unless an earlier run did. */
    public void ensure() {
        if (em.createQuery("SELECT COUNT(t) FROM Term t WHERE t.code = :code", Long.class)
                .setParameter("code", TERM).getSingleResult() > 0) {
            return;
        }
        String hash = TestPasswords.hash();
        user(SKARPNACK, district("SK"), hash);
        user(FARSTA, district("FA"), hash);

        Term past = new Term(Season.VT, 2042, LocalDate.of(2042, 1, 20), LocalDate.of(2042, 6, 5),
                LocalDate.of(2041, 11, 15), LocalDate.of(2041, 12, 1));
        past.changeStatus(TermStatus.CLOSED);
        em.persist(past);
        Term term = new Term(Season.HT, 2042, LocalDate.of(2042, 8, 25), LocalDate.of(2043, 1, 16),
                LocalDate.of(2042, 5, 15), LocalDate.of(2042, 5, 29));
        term.changeStatus(TermStatus.PUBLISHED);
        em.persist(term);

        AreaOfWork bou = area("BOU");
        AreaOfWork ekb = area("EKB");
        Unit skUnit = new Unit(district("SK"), bou, "IT DB Barn och unga Skarpnäck");
        Unit faUnit = new Unit(district("FA"), ekb, "IT DB Ekonomiskt bistånd Farsta");
        em.persist(skUnit);
        em.persist(faUnit);
        Supervisor s1 = supervisor(skUnit, "s1", TrainingStatus.COMPLETED);
        Supervisor s2 = supervisor(skUnit, "s2", TrainingStatus.NONE);
        supervisor(skUnit, "s3", TrainingStatus.ENROLLED);

        PlaceOffer pastOffer = new PlaceOffer(past, skUnit, bou, 2);
        pastOffer.assignSupervisor(s1);
        em.persist(pastOffer);
        Placement h = placement(request(past, "SU", "h", district("SK"), false), pastOffer);
        h.publish("it", AT);
        h.confirm(s1, "it", AT);
        h.start("it", AT);
        // reported the day it happened, like the interruption below
        h.complete(LocalDate.of(2042, 6, 5), null, LocalDate.of(2042, 6, 5), "it", AT);

        PlaceOffer skOffer = new PlaceOffer(term, skUnit, bou, 4);
        skOffer.assignSupervisor(s1);
        em.persist(skOffer);
        PlaceOffer faOffer = new PlaceOffer(term, faUnit, ekb, 3);
        em.persist(faOffer);

        Placement a = placement(request(term, "SU", "a", district("SK"), false), skOffer);
        Placement b = placement(request(term, "SU", "b", district("SK"), false), skOffer);
        Placement c = placement(request(term, "SU", "c", district("SK"), false), skOffer);
        Placement d = placement(request(term, "SU", "d", district("FA"), false), faOffer);
        Placement e = placement(request(term, "SH", "e", district("SK"), false), skOffer);
        placement(request(term, "SH", "f", null, false), faOffer);
        request(term, "SU", "g", district("SK"), true);
        for (Placement published : List.of(a, b, c, d, e)) {
            published.publish("it", AT);
        }
        a.confirm(s1, "it", AT);
        a.start("it", AT);
        a.complete(LocalDate.of(2043, 1, 16), null, LocalDate.of(2043, 1, 16), "it", AT);
        b.confirm(s2, "it", AT);
        b.start("it", AT);
        c.decline("IT: ingen handledare", "it", AT);
        e.confirm(s1, "it", AT);
        e.start("it", AT);
        // reported the day it happened
        e.interrupt("IT: avbrott", LocalDate.of(2042, 10, 1), null, LocalDate.of(2042, 10, 1), "it", AT);
        em.flush();
    }

    /** {@link #NOT_RUN_TERM}, open; for a test that rolls back its transaction (the term would be everyone's current). */
    public void openTermAwaitingItsRun() {
        Term notRun = new Term(Season.VT, 2019, LocalDate.of(2019, 1, 21), LocalDate.of(2019, 6, 7),
                LocalDate.of(2018, 11, 30), LocalDate.of(2018, 12, 7));
        notRun.changeStatus(TermStatus.OPEN);
        em.persist(notRun);
    }

    /**
     * Proposes declined c again, in Farsta's offer, as a run would: unpublished unless {@code publish}. For a test
     * that rolls back its transaction (the fixtures' figures count c as declined with no new placement).
     */
    public void proposeDeclinedAgain(boolean publish) {
        proposeDeclinedAgain(publish, false);
    }

    /** As {@link #proposeDeclinedAgain(boolean)}, the new placement published and declined too if {@code decline}. */
    public void proposeDeclinedAgain(boolean publish, boolean decline) {
        StudentRequest c = em.createQuery("SELECT r FROM StudentRequest r WHERE r.studentRef = :ref", StudentRequest.class)
                .setParameter("ref", "it-db-" + TERM.toLowerCase() + "-c").getSingleResult();
        PlaceOffer farsta = em.createQuery("SELECT p FROM PlaceOffer p WHERE p.term = :term AND p.district.code = 'FA'",
                        PlaceOffer.class)
                .setParameter("term", c.getTerm()).getSingleResult();
        Placement again = placement(c, farsta);
        if (publish || decline) {
            again.publish("it", AT);
        }
        if (decline) {
            again.decline("IT: avböjd igen", "it", AT);
        }
        em.flush();
    }

    public long termId(String code) {
        return em.createQuery("SELECT t.id FROM Term t WHERE t.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
    }

    /** How many notices with this subject the user has. */
    public long notices(String username, String subjectKey) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipient = :user"
                        + " AND n.subjectKey = :key", Long.class)
                .setParameter("user", username).setParameter("key", subjectKey).getSingleResult();
    }

    private Placement placement(StudentRequest request, PlaceOffer offer) {
        Placement placement = Placement.propose(request, offer, null, 1, "it", AT);
        em.persist(placement);
        return placement;
    }

    private StudentRequest request(Term term, String university, String letter, District first, boolean withdrawn) {
        String ref = "it-db-" + term.getCode().toLowerCase() + "-" + letter;
        RequestData data = new RequestData(ref, "IT DB " + letter.toUpperCase(), ref + "@it.example", null,
                first == null, List.of(), first == null ? List.of() : List.of(first.getId()), List.of("sv"), false, null,
                List.of(), null);
        StudentRequest request = StudentRequest.of(term, university(university), data, List.of(),
                first == null ? List.of() : List.of(first), Set.of());
        if (withdrawn) {
            request.withdraw("IT: drog tillbaka", AT);
        }
        em.persist(request);
        em.flush();
        return request;
    }

    private Supervisor supervisor(Unit unit, String name, TrainingStatus training) {
        Supervisor supervisor = new Supervisor(unit, "IT DB " + name, "it-db-" + name + "@it.example");
        supervisor.changeTraining(training, "IT-kurs", university("SU"), LocalDate.of(2041, 9, 1),
                training == TrainingStatus.COMPLETED ? LocalDate.of(2041, 12, 1) : null, "it", AT);
        em.persist(supervisor);
        return supervisor;
    }

    private void user(String username, District district, String hash) {
        AppUser user = new AppUser(username, "Test " + username, username + "@it.example", hash);
        user.assign(Role.DISTRICT, district, null);
        em.persist(user);
    }

    private AreaOfWork area(String code) {
        return em.createQuery("SELECT a FROM AreaOfWork a WHERE a.code = :code", AreaOfWork.class)
                .setParameter("code", code).getSingleResult();
    }

    private District district(String code) {
        return em.createQuery("SELECT d FROM District d WHERE d.code = :code", District.class)
                .setParameter("code", code).getSingleResult();
    }

    private University university(String code) {
        return em.createQuery("SELECT u FROM University u WHERE u.code = :code", University.class)
                .setParameter("code", code).getSingleResult();
    }
}
