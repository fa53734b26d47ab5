package se.stockholm.vfu.recruitment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.config.DemoData;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Shows recruitment in the embedded demo on first start (only when {@link DemoData} was loaded now): trainee posts in
 * several districts; candidates from whatever completed placements the demo has, at every step (so the funnel has
 * figures), a few from outside VFU; and the real staff-turnover figures of Hässelby-Vällingby and the whole city
 * 2013–2018 from the district's report (seed 001), read from the same file the import reads.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class DemoRecruitment {

    /** The report's figures (seeds/001, also ../shared/data/staff-turnover-seed001.csv), kept with the code. */
    public static final String SEED_FILE = "staff-turnover-seed001.csv";
    private static final Logger LOG = Logger.getLogger(DemoRecruitment.class.getName());
    private static final String BY = "demo";
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
        Map<String, TraineePost> posts = new LinkedHashMap<>();
        for (String code : POST_DISTRICTS) {
            posts.put(code, post(district(code), today.minusMonths(8), today.plusMonths(4), 3, PostStatus.OPEN, now));
        }
        post(district("SO"), today.plusMonths(3), today.plusMonths(15), 2, PostStatus.PLANNED, now);
        post(district("RK"), today.minusYears(2), today.minusYears(1), 2, PostStatus.CLOSED, now);
        int candidates = candidates(posts, today, now);
        outside(posts.get("SO"), "Kim Extern", "kim.extern@example.com", 2, today, now);
        outside(posts.get("RK"), "Alex Utanför", null, 1, today, now);
        int turnover = turnover(now);
        LOG.info(() -> "Demo recruitment written: " + posts.size() + " open posts, " + candidates
                + " former VFU students as candidates, " + turnover + " staff-turnover rows");
    }

    /** Completed placements' students on posts, each a step further than the one before (0 = interested … 6 = left). */
    private int candidates(Map<String, TraineePost> posts, LocalDate today, Instant now) {
        List<Placement> completed = em.createQuery("""
                        SELECT pl FROM Placement pl JOIN FETCH pl.term JOIN FETCH pl.district JOIN FETCH pl.request
                        WHERE pl.status = :completed ORDER BY pl.term.vfuStart, pl.id""", Placement.class)
                .setParameter("completed", PlacementStatus.COMPLETED).getResultList();
        int i = 0;
        for (Placement placement : completed) {
            // most apply in the district of their VFU; every fifth to another one (the notice case)
            String own = placement.getDistrict().getCode();
            TraineePost post = posts.containsKey(own) && i % 5 != 4 ? posts.get(own)
                    : posts.get(POST_DISTRICTS.get(i % POST_DISTRICTS.size()));
            LocalDate from = placement.getTerm().getVfuEnd().plusDays(20);
            if (from.isAfter(today)) {
                continue;
            }
            Candidate candidate = new Candidate(post, placement, placement.getRequest().getStudentName(),
                    placement.getRequest().getStudentEmail(), i % 2 == 0, from, BY, now);
            em.persist(candidate);
            em.persist(CandidateStep.of(candidate));
            walk(candidate, i % 7, from, today, now);
            i++;
        }
        return i;
    }

    private void walk(Candidate candidate, int steps, LocalDate from, LocalDate today, Instant now) {
        List<CandidateStatus> line = List.of(CandidateStatus.APPLIED, CandidateStatus.INTERVIEWED, CandidateStatus.TRAINEE,
                CandidateStatus.HIRED);
        int[] days = {20, 35, 90, 300};
        int upTo = Math.min(steps, line.size());
        for (int s = 0; s < upTo; s++) {
            LocalDate on = from.plusDays(days[s]);
            if (on.isAfter(today)) {
                return;
            }
            candidate.moveTo(line.get(s), on, null, BY, now);
            em.persist(CandidateStep.of(candidate));
        }
        if (steps == 5 && candidate.getStatus() == CandidateStatus.INTERVIEWED) {
            candidate.moveTo(CandidateStatus.NOT_CHOSEN, candidate.getStatusOn().plusDays(7), null, BY, now);
            em.persist(CandidateStep.of(candidate));
        } else if (steps == 6 && candidate.getStatus() == CandidateStatus.HIRED
                && !candidate.getStatusOn().plusMonths(8).isAfter(today)) {
            candidate.moveTo(CandidateStatus.LEFT, candidate.getStatusOn().plusMonths(8), "Flyttade till annan kommun",
                    BY, now);
            em.persist(CandidateStep.of(candidate));
        }
    }

    private void outside(TraineePost post, String name, String email, int steps, LocalDate today, Instant now) {
        Candidate candidate = new Candidate(post, null, name, email, false, today.minusMonths(3), BY, now);
        em.persist(candidate);
        em.persist(CandidateStep.of(candidate));
        walk(candidate, steps, today.minusMonths(3), today, now);
    }

    private TraineePost post(District district, LocalDate start, LocalDate end, int count, PostStatus status,
                             Instant now) {
        AreaOfWork area = em.createQuery("SELECT a FROM AreaOfWork a WHERE a.code = 'BOU'", AreaOfWork.class)
                .getSingleResult();
        Unit unit = em.createQuery("SELECT u FROM Unit u WHERE u.district = :d AND u.active = TRUE ORDER BY u.id",
                Unit.class).setParameter("d", district).setMaxResults(1).getResultStream().findFirst().orElseGet(() -> {
                    Unit created = new Unit(district, area, "Traineeenheten " + district.getName());
                    em.persist(created);
                    return created;
                });
        TraineePost post = new TraineePost(district, unit, unit.getArea(), start, end, count, status, BY, now);
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
            t.set(f.permanentStaff(), f.left(), f.movedInCity(), BY, now);
            em.persist(t);
        }
        return result.rows().size();
    }

    private District district(String code) {
        return em.createQuery("SELECT d FROM District d WHERE d.code = :code", District.class)
                .setParameter("code", code).getSingleResult();
    }
}
