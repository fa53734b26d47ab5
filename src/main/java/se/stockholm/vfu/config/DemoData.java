package se.stockholm.vfu.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import se.stockholm.vfu.audit.AuditRevision;
import se.stockholm.vfu.place.PlaceOffer;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.security.PasswordHasher;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.supervisor.Supervisor;
import se.stockholm.vfu.supervisor.TrainingChange;
import se.stockholm.vfu.supervisor.TrainingStatus;
import se.stockholm.vfu.term.Season;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.term.TermStatus;
import se.stockholm.vfu.unit.Unit;
import se.stockholm.vfu.user.AppUser;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Fills an empty embedded database with a living example: seven finished terms, the running term HT2026 and the
 * open term VT2027 ({@link DemoTerms} writes the history and the requests), units, supervisors and places in every
 * district, student requests from all three universities, and one demo login per role (listed in README.md).
 * Runs only in the embedded default; never when a production database is set.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    /** The demo logins' password, published in README.md: demo only, never in production. */
    public static final String DEMO_PASSWORD = "vfu-demo-2026";

    /** One login per role; their presence tells that the demo data is already loaded. */
    public static final List<String> DEMO_USERNAMES = List.of("central", "admin", "sodermalm", "rinkeby", "su", "sh");

    /** The supervisor of the demo's unit Barn och familj Södermalm, whom the browser tests choose in the place dialog. */
    public static final String BARN_OCH_FAMILJ_SUPERVISOR = "Karin Lindqvist";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PortalSettings settings;

    @Inject
    private DatabaseMigration migration;

    @Inject
    private Clock clock;

    /** The demo's named units, each with its one supervisor (or none), made the first time a term names them. */
    private final Map<String, Unit> namedUnits = new HashMap<>();

    /** Whether this start loaded the demo data (then {@link DemoHistory} adds some users' changes to it). */
    private boolean loadedNow;

    public boolean wasLoadedNow() {
        return loadedNow;
    }

    @PostConstruct
    void loadIfWanted() {
        if (!settings.isDemoDataWanted() || !"H2".equalsIgnoreCase(migration.databaseProduct())) {
            return;
        }
        if (em.createQuery("SELECT COUNT(u) FROM AppUser u WHERE u.username IN :demo", Long.class)
                .setParameter("demo", DEMO_USERNAMES).getSingleResult() > 0) {
            return;
        }
        long start = System.nanoTime();
        load();
        em.flush();
        loadedNow = true;
        long millis = (System.nanoTime() - start) / 1_000_000;
        String what = settings.isCityScaleDemo() ? "City-scale load-test data" : "Demo data";
        LOG.info(() -> what + " loaded into the embedded database in " + millis + " ms (logins: see README.md)");
    }

    private void load() {
        Term autumn = new Term(Season.HT, 2026, LocalDate.of(2026, 8, 31), LocalDate.of(2027, 1, 15),
                LocalDate.of(2026, 5, 15), LocalDate.of(2026, 5, 29));
        autumn.changeStatus(TermStatus.PUBLISHED);
        Term spring = new Term(Season.VT, 2027, LocalDate.of(2027, 1, 18), LocalDate.of(2027, 6, 4),
                LocalDate.of(2026, 12, 11), LocalDate.of(2026, 12, 18));
        spring.changeStatus(TermStatus.OPEN);
        em.persist(autumn);
        em.persist(spring);

        boolean cityScale = settings.isCityScaleDemo();
        if (cityScale) {
            CityScaleData.districtsAndLogins(em);
        }
        String hash = PasswordHasher.hash(DEMO_PASSWORD.toCharArray());
        user("central", "Cecilia Centralsson", Role.CENTRAL, null, null, hash);
        user("admin", "Adam Admin", Role.ADMIN, null, null, hash);
        user("sodermalm", "Sara Söder", Role.DISTRICT, district("SO"), null, hash);
        user("rinkeby", "Rami Rinkeby", Role.DISTRICT, district("RK"), null, hash);
        user("su", "Ulla Universitet", Role.UNIVERSITY, null, university("SU"), hash);
        user("sh", "Sven Södertörn", Role.UNIVERSITY, null, university("SH"), hash);

        DemoNames names = new DemoNames();
        names.reserve(BARN_OCH_FAMILJ_SUPERVISOR);
        places(spring, "SO", "Barn och familj Södermalm", "BOU", 4, TrainingStatus.COMPLETED, BARN_OCH_FAMILJ_SUPERVISOR,
                names);
        places(spring, "SO", "Ekonomiskt bistånd Skanstull", "EKB", 3, TrainingStatus.ENROLLED, names.next(), names);
        places(spring, "SO", "Beroendeenheten Södermalm", "VUX", 2, null, null, names);
        places(spring, "RK", "Mottagningen Kista", "MOT", 3, TrainingStatus.COMPLETED, names.next(), names);
        places(spring, "RK", "Barn och unga Rinkeby", "BOU", 2, TrainingStatus.NONE, names.next(), names);
        places(spring, "HV", "Socialpsykiatri Vällingby", "SOP", 2, TrainingStatus.COMPLETED, names.next(), names);
        places(spring, "FA", "Äldreomsorg Farsta", "ALD", 2, TrainingStatus.ENROLLED, names.next(), names);
        places(spring, "OS", "Funktionsnedsättning Östermalm", "FUN", 1, TrainingStatus.COMPLETED, names.next(), names);
        // the same unit reports for the running term too, with the same supervisor
        places(autumn, "SO", "Barn och familj Södermalm", "BOU", 5, TrainingStatus.COMPLETED, BARN_OCH_FAMILJ_SUPERVISOR,
                names);
        places(autumn, "KU", "Ekonomiskt bistånd Kungsholmen", "EKB", 4, TrainingStatus.COMPLETED, names.next(), names);

        new DemoTerms(em, cityScale ? DemoTerms.Scale.CITY : DemoTerms.Scale.DEMO, names, LocalDate.now(clock))
                .write(autumn, spring);
        readLog(spring);
    }

    /**
     * A few days of the read log, so that the administrator's read-log page shows something on first start: the SU
     * coordinator paging through and opening its students' requests, the SH coordinator reading over the API, and the
     * central contact exporting the city's requests.
     */
    private void readLog(Term term) {
        em.flush();
        record Request(long id, String university) {
        }
        List<Request> requests = em.createQuery("""
                        SELECT r.id, un.code FROM StudentRequest r JOIN r.university un WHERE r.term = :term
                        ORDER BY r.id""", Tuple.class)
                .setParameter("term", term).getResultStream()
                .map(row -> new Request(row.get(0, Long.class), row.get(1, String.class))).toList();
        Instant start = Instant.now().minus(3, ChronoUnit.DAYS);
        for (Request request : requests) {
            if ("SU".equals(request.university())) {
                read(start, "su", request.id(), "PAGE", "university/requests");
            } else if ("SH".equals(request.university())) {
                read(start.plus(1, ChronoUnit.HOURS), "sh", request.id(), "API", "GET /api/terms/{term}/requests");
            }
            read(start.plus(1, ChronoUnit.DAYS), "central", request.id(), "EXPORT", "central/requests csv");
        }
        requests.stream().filter(r -> "SU".equals(r.university())).limit(2).forEach(r ->
                read(start.plus(2, ChronoUnit.DAYS), "su", r.id(), "PAGE", "university/request"));
    }

    private void read(Instant at, String username, long requestId, String channel, String operation) {
        em.createNativeQuery("""
                        INSERT INTO read_log (read_at, username, request_id, placement_id, channel, operation)
                        VALUES (?, ?, ?, NULL, ?, ?)""")
                .setParameter(1, at).setParameter(2, username).setParameter(3, requestId)
                .setParameter(4, channel).setParameter(5, operation).executeUpdate();
    }

    private void user(String username, String name, Role role, District district, University university,
                      String hash) {
        AppUser user = new AppUser(username, name, username + "@demo.vfu.stockholm.se", hash);
        user.assign(role, district, university);
        em.persist(user);
    }

    private void places(Term term, String districtCode, String unitName, String areaCode, int places,
                        TrainingStatus supervisorTraining, String supervisorName, DemoNames names) {
        AreaOfWork area = area(areaCode);
        Unit unit = namedUnits.get(unitName);
        Supervisor supervisor;
        if (unit == null) {
            unit = new Unit(district(districtCode), area, unitName);
            String manager = names.next();
            unit.setContact(manager, DemoNames.email(manager));
            em.persist(unit);
            namedUnits.put(unitName, unit);
            supervisor = supervisorTraining == null ? null : supervisor(unit, supervisorName, places, supervisorTraining);
        } else {
            Unit known = unit;
            supervisor = em.createQuery("SELECT s FROM Supervisor s WHERE s.unit = :unit", Supervisor.class)
                    .setParameter("unit", known).getResultStream().findFirst().orElse(null);
        }
        PlaceOffer offer = new PlaceOffer(term, unit, area, places);
        offer.setNotes("Välkommen till " + unitName + "!");
        if (supervisor != null) {
            offer.assignSupervisor(supervisor);
        }
        em.persist(offer);
    }

    private Supervisor supervisor(Unit unit, String name, int places, TrainingStatus training) {
        Supervisor supervisor = new Supervisor(unit, name, DemoNames.email(name));
        supervisor.setTitle("Socialsekreterare");
        supervisor.setMaxStudents(Math.min(places, 2));
        em.persist(supervisor);
        TrainingChange change = supervisor.changeTraining(training, "Handledarutbildning i socialt arbete",
                university("SU"), LocalDate.of(2026, 1, 19),
                training == TrainingStatus.COMPLETED ? LocalDate.of(2026, 6, 5) : null, AuditRevision.SYSTEM,
                Instant.now());
        if (change != null) {
            em.persist(change);
        }
        return supervisor;
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
