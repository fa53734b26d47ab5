package se.stockholm.vfu.allocation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import se.stockholm.vfu.allocation.engine.AllocationResult;
import se.stockholm.vfu.allocation.engine.Allocator;
import se.stockholm.vfu.allocation.engine.Unplaced;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.SwedishOrder;
import se.stockholm.vfu.readlog.ReadLog;
import se.stockholm.vfu.security.Role;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A term's stored allocation runs, as they were run: the list, one run's unplaced students with their reasons, where
 * places were short and what changed since the run before, and a replay of its snapshot and seed that shows the
 * engine gives the same result again. Only reads: running and publishing are {@link AllocationService}'s.
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
public class AllocationRunService {

    /** A student as the run's lines name them. */
    private record Student(String name, String universityCode) {
        static final Student UNKNOWN = new Student("?", "?");
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReadLog readLog;

    /** The term's runs, newest first. */
    public List<RunRow> runs(long termId) {
        return em.createQuery("""
                        SELECT NEW se.stockholm.vfu.allocation.RunRow(r.id, r.runAt, r.runBy, r.seed, r.requestCount,
                               r.capacity, r.ceiling, r.placedCount, r.profile, r.elapsedMs, r.publishedAt, r.publishedBy)
                        FROM AllocationRun r WHERE r.term.id = :term ORDER BY r.runAt DESC, r.id DESC""", RunRow.class)
                .setParameter("term", termId).setMaxResults(200).getResultList();
    }

    /** A stored run: who could not be placed and why, where places were short, and what changed since the run before. */
    public RunDetails details(long termId, long runId) {
        AllocationRun run = runById(termId, runId);
        List<Long> previous = em.createQuery("SELECT r.id FROM AllocationRun r WHERE r.term = :term AND r.id < :id"
                        + " ORDER BY r.id DESC", Long.class)
                .setParameter("term", run.getTerm()).setParameter("id", run.getId()).setMaxResults(1).getResultList();
        Long previousId = previous.isEmpty() ? null : previous.get(0);
        AllocationRun before = previousId == null ? null : runById(termId, previousId);
        List<Unplaced> unplaced = ResultJson.unplaced(run.getResultJson());
        Set<String> changed = before == null ? Set.of() : changed(before, run);
        // the unplaced and the changed students' names in one query, not one for each list
        Set<Long> named = new HashSet<>();
        unplaced.forEach(u -> named.add(Long.valueOf(u.studentKey())));
        changed.forEach(s -> named.add(Long.valueOf(s)));
        Map<Long, Student> students = students(named);
        List<UnplacedLine> unplacedLines = unplaced.stream().map(u -> {
            Student student = students.getOrDefault(Long.valueOf(u.studentKey()), Student.UNKNOWN);
            return new UnplacedLine(Long.parseLong(u.studentKey()), student.name(), student.universityCode(),
                    u.reason(), u.detail());
        }).toList();
        List<DiffLine> diff = before == null ? List.of() : diff(before, run, changed, students);
        List<ShortageLine> shortage = ShortageLine.of(ResultJson.shortage(run.getResultJson()), AllocationInput.districtNames(em),
                AllocationInput.areaNames(em));
        // the unplaced students and those the difference lists are shown by name: each is a view for the read log
        Set<Long> shown = new LinkedHashSet<>();
        unplacedLines.stream().filter(line -> students.containsKey(line.requestId()))
                .forEach(line -> shown.add(line.requestId()));
        diff.stream().filter(line -> !"?".equals(line.studentName())).forEach(line -> shown.add(line.requestId()));
        readLog.requests(shown, "AllocationRunService.details");
        return new RunDetails(row(run), unplacedLines, shortage, diff, previousId);
    }

    /** Runs a stored snapshot again with its seed and compares the outcome with the stored one. */
    public ReplayOutcome replay(long termId, long runId) {
        AllocationRun run = runById(termId, runId);
        AllocationResult again = new Allocator().allocate(ProblemJson.read(run.getProblemJson()));
        Map<String, String> stored = ResultJson.assignments(run.getResultJson());
        Map<String, String> now = new LinkedHashMap<>();
        again.assignments().forEach(a -> now.put(a.studentKey(), a.placeKey()));
        Set<String> students = new HashSet<>(stored.keySet());
        students.addAll(now.keySet());
        int differences = (int) students.stream().filter(s -> !Objects.equals(stored.get(s), now.get(s))).count();
        return new ReplayOutcome(runId, differences == 0, again.placedCount(), differences);
    }

    /** The students whose place differs between two runs (placed in one only, or at another place). */
    private static Set<String> changed(AllocationRun before, AllocationRun after) {
        Map<String, String> was = ResultJson.assignments(before.getResultJson());
        Map<String, String> is = ResultJson.assignments(after.getResultJson());
        Set<String> all = new LinkedHashSet<>(was.keySet());
        all.addAll(is.keySet());
        Set<String> changed = new LinkedHashSet<>();
        all.stream().filter(s -> !Objects.equals(was.get(s), is.get(s))).forEach(changed::add);
        return changed;
    }

    private List<DiffLine> diff(AllocationRun before, AllocationRun after, Set<String> changed,
                                Map<Long, Student> students) {
        if (changed.isEmpty()) {
            return List.of();
        }
        Map<String, String> was = ResultJson.assignments(before.getResultJson());
        Map<String, String> is = ResultJson.assignments(after.getResultJson());
        Set<Long> offerIds = new HashSet<>();
        changed.forEach(s -> {
            if (was.get(s) != null) {
                offerIds.add(Long.valueOf(was.get(s)));
            }
            if (is.get(s) != null) {
                offerIds.add(Long.valueOf(is.get(s)));
            }
        });
        Map<String, String> labels = new TreeMap<>();
        em.createQuery("SELECT p.id, d.name, u.name FROM PlaceOffer p JOIN p.district d JOIN p.unit u WHERE p.id IN :ids",
                        Tuple.class).setParameter("ids", offerIds).getResultList()
                .forEach(row -> labels.put(String.valueOf(row.get(0)), row.get(1) + " – " + row.get(2)));
        return changed.stream()
                .map(s -> new DiffLine(Long.parseLong(s),
                        students.getOrDefault(Long.valueOf(s), Student.UNKNOWN).name(),
                        was.get(s) == null ? null : labels.get(was.get(s)), is.get(s) == null ? null : labels.get(is.get(s))))
                .sorted(Comparator.comparing(DiffLine::studentName, SwedishOrder.names()))
                .toList();
    }

    /** Student name and university code by request id, in one query. */
    private Map<Long, Student> students(Collection<Long> requestIds) {
        Map<Long, Student> students = new TreeMap<>();
        if (requestIds.isEmpty()) {
            return students;
        }
        em.createQuery("SELECT r.id, r.studentName, u.code FROM StudentRequest r JOIN r.university u WHERE r.id IN :ids",
                        Tuple.class).setParameter("ids", requestIds).getResultList()
                .forEach(row -> students.put(row.get(0, Long.class),
                        new Student(row.get(1, String.class), row.get(2, String.class))));
        return students;
    }

    /** A run of the term; a run of another term is not found under this one. */
    private AllocationRun runById(long termId, long runId) {
        AllocationRun run = em.find(AllocationRun.class, runId);
        if (run == null || run.getTerm().getId() != termId) {
            throw new NotFoundException();
        }
        return run;
    }

    private static RunRow row(AllocationRun r) {
        return new RunRow(r.getId(), r.getRunAt(), r.getRunBy(), r.getSeed(), r.getRequestCount(), r.getCapacity(),
                r.getCeiling(), r.getPlacedCount(), r.getProfile(), r.getElapsedMs(), r.getPublishedAt(),
                r.getPublishedBy());
    }
}
