package se.stockholm.vfu.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.allocation.DemoAllocation;
import se.stockholm.vfu.place.PlaceOffer;
import se.stockholm.vfu.placement.Placement;
import se.stockholm.vfu.placement.PlacementEvent;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.request.RequestData;
import se.stockholm.vfu.request.StudentRequest;
import se.stockholm.vfu.security.PasswordHasher;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.supervisor.Supervisor;
import se.stockholm.vfu.term.Season;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.unit.Unit;
import se.stockholm.vfu.user.AppUser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The short load test's own world ({@code se.stockholm.vfu.load.LoadIT}), in the load test's term lane: term
 * {@link #TERM} open for reporting and requests, six districts with two units, four supervisors and four places
 * each, 40 requests from the three universities, allocated and published once so that there are offers to confirm;
 * and its own logins {@code it-load-central-01}, {@code it-load-district-01…06} (one per district) and
 * {@code it-load-university-01…03}. Created once per database; later runs reuse it (their writes carry markers of
 * their own).
 */
@Stateless
public class LoadFixtures {

    /** HT2058: the lane given for this work was HT2057–HT2060, but NetworkFixtures already has HT2057 and SupportFixtures HT2060. */
    public static final String TERM = "HT2058";
    public static final String ACCOUNTS = "it-load-";
    public static final String PASSWORD = "it-load-password-2026";
    public static final List<String> DISTRICTS = List.of("FA", "NO", "ST", "SK", "OS", "SKH");
    public static final List<String> UNIVERSITIES = List.of("SU", "SH", "ESBH");

    @PersistenceContext
    private EntityManager em;

    public void ensure() {
        if (em.createQuery("SELECT COUNT(t) FROM Term t WHERE t.code = :code", Long.class)
                .setParameter("code", TERM).getSingleResult() > 0) {
            return;
        }
        Term term = new Term(Season.HT, 2058, LocalDate.of(2058, 8, 26), LocalDate.of(2059, 1, 17),
                LocalDate.of(2058, 5, 15), LocalDate.of(2058, 5, 29));
        em.persist(term);
        String hash = PasswordHasher.hash(PASSWORD.toCharArray());
        user(ACCOUNTS + "central-01", Role.CENTRAL, null, null, hash);
        AreaOfWork bou = area("BOU");
        AreaOfWork ekb = area("EKB");
        for (int d = 0; d < DISTRICTS.size(); d++) {
            District district = district(DISTRICTS.get(d));
            user(ACCOUNTS + "district-%02d".formatted(d + 1), Role.DISTRICT, district, null, hash);
            for (AreaOfWork area : List.of(bou, ekb)) {
                Unit unit = new Unit(district, area, "Lasttest " + area.getCode() + " " + district.getName());
                em.persist(unit);
                Supervisor first = null;
                for (int s = 0; s < 2; s++) {
                    Supervisor supervisor = new Supervisor(unit, "Lasttest handledare " + s,
                            "lt." + district.getCode().toLowerCase() + "." + area.getCode().toLowerCase() + "." + s
                                    + "@it.example");
                    supervisor.setMaxStudents(4);
                    em.persist(supervisor);
                    first = first == null ? supervisor : first;
                }
                PlaceOffer offer = new PlaceOffer(term, unit, area, 2);
                offer.assignSupervisor(first);
                em.persist(offer);
            }
        }
        for (int u = 0; u < UNIVERSITIES.size(); u++) {
            University university = university(UNIVERSITIES.get(u));
            user(ACCOUNTS + "university-%02d".formatted(u + 1), Role.UNIVERSITY, null, university, hash);
            for (int i = 1; i <= (u == 2 ? 10 : 15); i++) {
                String ref = "lt-" + university.getCode().toLowerCase() + "-" + i;
                List<Long> wanted = List.of(district(DISTRICTS.get((i + u) % DISTRICTS.size())).getId());
                em.persist(StudentRequest.of(term, university, new RequestData(ref, "Lasttest Student " + i,
                        ref + "@it.example", null, false, List.of(), wanted, List.of("sv"), false, null, List.of(), null),
                        List.of(), wanted.stream().map(id -> em.find(District.class, id)).toList(), Set.of()));
            }
        }
        Instant now = Instant.now();
        for (Placement placement : DemoAllocation.run(em, term, 2058L, ACCOUNTS + "central-01", now)) {
            placement.publish(ACCOUNTS + "central-01", now);
            em.persist(PlacementEvent.of(placement));
        }
        DemoAllocation.published(em, term, ACCOUNTS + "central-01", now);
    }

    private void user(String username, Role role, District district, University university, String hash) {
        AppUser user = new AppUser(username, "Lasttest " + username, username + "@it.example", hash);
        user.assign(role, district, university);
        em.persist(user);
    }

    private District district(String code) {
        return em.createQuery("SELECT d FROM District d WHERE d.code = :code", District.class)
                .setParameter("code", code).getSingleResult();
    }

    private University university(String code) {
        return em.createQuery("SELECT u FROM University u WHERE u.code = :code", University.class)
                .setParameter("code", code).getSingleResult();
    }

    private AreaOfWork area(String code) {
        return em.createQuery("SELECT a FROM AreaOfWork a WHERE a.code = :code", AreaOfWork.class)
                .setParameter("code", code).getSingleResult();
    }
}
