package se.stockholm.vfu.recruitment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.audit.AuditRevision;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.config.DemoData;
import se.stockholm.vfu.config.DemoLogins;
import se.stockholm.vfu.placement.Placement;
import se.stockholm.vfu.placement.PlacementStatus;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.request.importing.SheetReader;
import se.stockholm.vfu.unit.Unit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Shows recruitment in the embedded demo on first start (only when {@link DemoData} was loaded now): in four districts
 * a trainee post for each of the last three years (the current one open, the earlier ones filled or closed) and a
 * planned one; each post's candidates are former VFU students who finished their VFU in the year before the post
 * started (most of them in the post's district, one from another), a few per post, at most as many trainees as the
 * post has places, with step dates around the post's start; a couple of candidates from outside VFU; and the real
 * staff-turnover figures of Hässelby-Vällingby and the whole city 2013–2018 from the district's report (seed 001),
 * read from the same file the import reads. Each district's records are its demo login's, or the system's.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class DemoRecruitment {

    /** The report's figures (seeds/001, also ../shared/data/staff-turnover-seed001.csv), kept with the code. */
    public static final String SEED_FILE = "staff-turnover-seed001.csv";
    /** Former VFU students on a post at most, per place it has: a few applicants each, not a whole year's cohort. */
    static final int VFU_CANDIDATES_PER_PLACE = 3;
    private static final Logger LOG = Logger.getLogger(DemoRecruitment.class.getName());
    private static final List<String> POST_DISTRICTS = List.of("SO", "RK", "HV", "KU");

    @EJB
    private DemoData demoData;

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void loadIfDemoWasLoaded() {
        if (!demoData.wasLoadedNow()) {
            return;
        }
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, StockholmTime.ZONE);
        List<TraineePost> started = new ArrayList<>();
        Map<String, TraineePost> open = new HashMap<>();
        for (String code : POST_DISTRICTS) {
            started.add(post(code, today.minusMonths(32), today.minusMonths(20), 2,
                    "RK".equals(code) ? PostStatus.CLOSED : PostStatus.FILLED, now));
            started.add(post(code, today.minusMonths(20), today.minusMonths(8), 2, PostStatus.FILLED, now));
            TraineePost current = post(code, today.minusMonths(8), today.plusMonths(4), 3, PostStatus.OPEN, now);
            started.add(current);
            open.put(code, current);
        }
        post("SO", today.plusMonths(3), today.plusMonths(15), 2, PostStatus.PLANNED, now);
        int candidates = candidates(started, today, now);
        outside(open.get("SO"), "Kim Sjöberg", "kim.sjoberg@example.com", 2, today, now);
        outside(open.get("RK"), "Alex Nordin", null, 1, today, now);
        int turnover = turnover(now);
        LOG.info(() -> "Demo recruitment written: " + (started.size() + 1) + " trainee posts, " + candidates
                + " former VFU students as candidates, " + turnover + " staff-turnover rows");
    }

    /**
     * For each post, completed placements whose VFU ended in the twelve months before it started: the post's own
     * district's students first, then one from another district (the notice case); each student on one post.
     */
    private int candidates(List<TraineePost> posts, LocalDate today, Instant now) {
        List<Placement> completed = em.createQuery("""
                        SELECT pl FROM Placement pl JOIN FETCH pl.term JOIN FETCH pl.district JOIN FETCH pl.request
                        WHERE pl.status = :completed ORDER BY pl.term.vfuStart, pl.id""", Placement.class)
                .setParameter("completed", PlacementStatus.COMPLETED).getResultList();
        Set<Placement> taken = new HashSet<>();
        int count = 0;
        for (TraineePost post : posts) {
            LocalDate start = post.getPeriodStart();
            List<Placement> pool = completed.stream().filter(pl -> !taken.contains(pl))
                    .filter(pl -> !pl.getTerm().getVfuEnd().isBefore(start.minusMonths(12))
                            && pl.getTerm().getVfuEnd().isBefore(start.minusMonths(1))).toList();
            int wanted = VFU_CANDIDATES_PER_PLACE * post.getPosts();
            String own = post.getDistrict().getCode();
            List<Placement> chosen = new ArrayList<>(alternating(pool.stream()
                    .filter(pl -> own.equals(pl.getDistrict().getCode())).toList()).stream().limit(wanted - 1L).toList());
            pool.stream().filter(pl -> !own.equals(pl.getDistrict().getCode())).findFirst().ifPresent(chosen::add);
            for (int k = 0; k < chosen.size(); k++) {
                Placement placement = chosen.get(k);
                taken.add(placement);
                boolean otherDistrict = !own.equals(placement.getDistrict().getCode());
                LocalDate from = max(placement.getTerm().getVfuEnd().plusDays(20), start.minusMonths(3));
                Candidate candidate = new Candidate(post, placement, placement.getRequest().getStudentName(),
                        placement.getRequest().getStudentEmail(), otherDistrict || k % 2 == 0, from, by(post), now);
                em.persist(candidate);
                em.persist(CandidateStep.of(candidate));
                walk(candidate, k, today, now);
                count++;
            }
        }
        return count;
    }

    /** The placements with their terms taken in turn, so that every cohort of a post has candidates and trainees. */
    private static List<Placement> alternating(List<Placement> placements) {
        Map<Long, List<Placement>> byTerm = new LinkedHashMap<>();
        placements.forEach(pl -> byTerm.computeIfAbsent(pl.getTerm().getId(), t -> new ArrayList<>()).add(pl));
        List<Placement> inTurn = new ArrayList<>();
        for (int i = 0; inTurn.size() < placements.size(); i++) {
            for (List<Placement> cohort : byTerm.values()) {
                if (i < cohort.size()) {
                    inTurn.add(cohort.get(i));
                }
            }
        }
        return inTurn;
    }

    /**
     * The {@code k}th candidate's way: the first as many as the post has places become trainees on its first day and
     * are hired ten months on (in the oldest posts the second hire moves away within the year, so the funnel's
     * "still employed after 12 months" has one of each); the rest withdraw or are not chosen, but an open post has
     * not yet answered an applicant or two. No step after today.
     */
    private void walk(Candidate candidate, int k, LocalDate today, Instant now) {
        TraineePost post = candidate.getPost();
        LocalDate start = post.getPeriodStart();
        LocalDate applied = min(candidate.getStatusOn().plusDays(14), start);
        LocalDate interviewed = min(applied.plusDays(21), start);
        boolean oldest = post.getPeriodEnd().isBefore(today.minusMonths(12));
        if (k >= post.getPosts()) {
            int rest = k - post.getPosts();
            if (!step(candidate, CandidateStatus.APPLIED, applied, null, today, now)) {
                return;
            }
            if (rest % 2 == 1) {
                step(candidate, CandidateStatus.WITHDREW, applied.plusDays(10), "Tackade ja till annat arbete", today,
                        now);
            } else if (step(candidate, CandidateStatus.INTERVIEWED, interviewed, null, today, now)
                    && (post.getStatus() != PostStatus.OPEN || rest == 0)) {
                // an open post still has an interviewed applicant or two waiting for an answer
                step(candidate, CandidateStatus.NOT_CHOSEN, interviewed.plusDays(7), null, today, now);
            }
            return;
        }
        if (!step(candidate, CandidateStatus.APPLIED, applied, null, today, now)
                || !step(candidate, CandidateStatus.INTERVIEWED, interviewed, null, today, now)
                || !step(candidate, CandidateStatus.TRAINEE, start, null, today, now)) {
            return;
        }
        if (step(candidate, CandidateStatus.HIRED, start.plusMonths(10), null, today, now) && oldest && k == 1) {
            step(candidate, CandidateStatus.LEFT, start.plusMonths(18), "Flyttade till annan kommun", today, now);
        }
    }

    /** Takes the step unless its day is still ahead; says whether it did. */
    private boolean step(Candidate candidate, CandidateStatus status, LocalDate on, String reason, LocalDate today,
                         Instant now) {
        if (on.isAfter(today)) {
            return false;
        }
        candidate.moveTo(status, on, reason, by(candidate.getPost()), now);
        em.persist(CandidateStep.of(candidate));
        return true;
    }

    private void outside(TraineePost post, String name, String email, int steps, LocalDate today, Instant now) {
        LocalDate from = today.minusMonths(3);
        Candidate candidate = new Candidate(post, null, name, email, false, from, by(post), now);
        em.persist(candidate);
        em.persist(CandidateStep.of(candidate));
        if (steps >= 1) {
            step(candidate, CandidateStatus.APPLIED, from.plusDays(14), null, today, now);
        }
        if (steps >= 2) {
            step(candidate, CandidateStatus.INTERVIEWED, from.plusDays(35), null, today, now);
        }
    }

    private static String by(TraineePost post) {
        return DemoLogins.district(post.getDistrict().getCode());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private TraineePost post(String districtCode, LocalDate start, LocalDate end, int count, PostStatus status,
                             Instant now) {
        District district = district(districtCode);
        AreaOfWork area = em.createQuery("SELECT a FROM AreaOfWork a WHERE a.code = 'BOU'", AreaOfWork.class)
                .getSingleResult();
        Unit unit = em.createQuery("SELECT u FROM Unit u WHERE u.district = :d AND u.active = TRUE ORDER BY u.id",
                Unit.class).setParameter("d", district).setMaxResults(1).getResultStream().findFirst().orElseGet(() -> {
                    Unit created = new Unit(district, area, "Traineeenheten " + district.getName());
                    em.persist(created);
                    return created;
                });
        TraineePost post = new TraineePost(district, unit, unit.getArea(), start, end, count, status,
                DemoLogins.district(districtCode), now);
        em.persist(post);
        return post;
    }

    /** The report's figures through the import's own parser, so the demo and an import read the file alike. */
    private int turnover(Instant now) {
        byte[] content;
        try (InputStream in = DemoRecruitment.class.getResourceAsStream(SEED_FILE)) {
            content = in.readAllBytes();
        } catch (IOException | NullPointerException missing) {
            throw new UncheckedIOException(new IOException("the staff-turnover seed is missing", missing));
        }
        Map<String, Long> districts = new HashMap<>();
        em.createQuery("SELECT d FROM District d", District.class).getResultStream()
                .forEach(d -> districts.put(d.getCode().toUpperCase(Locale.ROOT), d.getId()));
        TurnoverSheet.Result result = TurnoverSheet.parse(
                SheetReader.read(SEED_FILE, TurnoverSheet.withoutComments(content)), districts, null);
        if (!result.errors().isEmpty()) {
            throw new IllegalStateException("the staff-turnover seed has errors: " + result.errors());
        }
        for (TurnoverSheet.Parsed row : result.rows()) {
            TurnoverForm f = row.form();
            StaffTurnover t = new StaffTurnover(f.districtId() == null ? null : em.find(District.class, f.districtId()),
                    f.year(), f.group());
            t.set(f.permanentStaff(), f.left(), f.movedInCity(), AuditRevision.SYSTEM, now);
            em.persist(t);
        }
        return result.rows().size();
    }

    private District district(String code) {
        return em.createQuery("SELECT d FROM District d WHERE d.code = :code", District.class)
                .setParameter("code", code).getSingleResult();
    }
}
