package se.stockholm.vfu.allocation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.allocation.AllocationInput.Snapshot;
import se.stockholm.vfu.allocation.engine.AllocationResult;
import se.stockholm.vfu.allocation.engine.Allocator;
import se.stockholm.vfu.allocation.engine.Assignment;
import se.stockholm.vfu.allocation.engine.Place;
import se.stockholm.vfu.allocation.engine.Request;
import se.stockholm.vfu.allocation.engine.ShortageGroup;
import se.stockholm.vfu.allocation.engine.Unplaced;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.place.PlaceOffer;
import se.stockholm.vfu.placement.Placement;
import se.stockholm.vfu.placement.PlacementChanged;
import se.stockholm.vfu.placement.PlacementEvent;
import se.stockholm.vfu.placement.PlacementStatus;
import se.stockholm.vfu.readlog.ReadLog;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.request.StudentRequest;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.supervisor.TrainingStatus;
import se.stockholm.vfu.term.Term;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The central contact's allocation of a term: run the engine over the term's requests and places, keep every run
 * (input snapshot, seed, result, who ran it), adjust proposals by hand, and publish them as offers to the districts.
 * A new run replaces the proposals that are neither locked nor published; locked, offered and confirmed placements
 * stay where they are and use their places.
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
public class AllocationService {

    private static final Logger LOG = Logger.getLogger(AllocationService.class.getName());
    private static final SecureRandom SEEDS = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Event<PlacementChanged> changes;

    @Inject
    private Clock clock;

    @Inject
    private AllocationSummaryCache summaries;

    @Inject
    private ReadLog readLog;

    /**
     * The term's figures now, with the ceiling and shortage worked out on the current requests and places. Worked out
     * again only when the term's data changed since the last time ({@link AllocationSummaryCache}): the fingerprint is
     * read first, so a summary is never kept under the fingerprint of newer data than it saw.
     */
    public AllocationSummary summary(long termId) {
        Term term = term(termId);
        List<Object> fingerprint = fingerprint(term);
        AllocationSummary cached = summaries.get(termId, fingerprint);
        if (cached != null) {
            return cached;
        }
        AllocationSummary summary = workOutSummary(term, termId);
        summaries.put(termId, fingerprint, summary);
        return summary;
    }

    /**
     * What the summary depends on, in four aggregate queries: every request, place offer (with its unit and
     * supervisor) and placement of the term by count, sum of versions and sum of ids (a change moves a version, a
     * removal or addition the count and ids), the latest run, and the term's own version.
     */
    private List<Object> fingerprint(Term term) {
        List<Object> parts = new ArrayList<>();
        parts.add(term.getVersion());
        parts.addAll(Arrays.asList(em.createQuery("SELECT COUNT(r), SUM(r.version), SUM(r.id) FROM StudentRequest r"
                + " WHERE r.term.id = :term", Object[].class).setParameter("term", term.getId()).getSingleResult()));
        parts.addAll(Arrays.asList(em.createQuery("SELECT COUNT(p), SUM(p.version), SUM(p.id), SUM(u.version),"
                        + " SUM(COALESCE(s.version, -1)), COUNT(s) FROM PlaceOffer p JOIN p.unit u LEFT JOIN p.supervisor s"
                        + " WHERE p.term.id = :term", Object[].class).setParameter("term", term.getId()).getSingleResult()));
        parts.addAll(Arrays.asList(em.createQuery("SELECT COUNT(pl), SUM(pl.version), SUM(pl.id) FROM Placement pl"
                + " WHERE pl.term.id = :term", Object[].class).setParameter("term", term.getId()).getSingleResult()));
        parts.add(em.createQuery("SELECT MAX(r.id) FROM AllocationRun r WHERE r.term.id = :term", Long.class)
                .setParameter("term", term.getId()).getSingleResult());
        return parts.stream().map(p -> p == null ? "null" : p.toString()).map(Object.class::cast).toList();
    }

    private AllocationSummary workOutSummary(Term term, long termId) {
        Snapshot snapshot = AllocationInput.load(em, termId, 0);
        AllocationResult preview = new Allocator().allocate(snapshot.problem());
        Map<String, Long> byStatus = new TreeMap<>();
        em.createQuery("SELECT pl.status, COUNT(pl) FROM Placement pl WHERE pl.term.id = :term GROUP BY pl.status",
                        Object[].class).setParameter("term", termId).getResultList()
                .forEach(row -> byStatus.put(row[0].toString(), (Long) row[1]));
        List<Long> latest = em.createQuery("SELECT r.id FROM AllocationRun r WHERE r.term.id = :term"
                + " ORDER BY r.runAt DESC, r.id DESC", Long.class).setParameter("term", termId).setMaxResults(1)
                .getResultList();
        return new AllocationSummary(term.getCode(), term.getTargetPlaces(), preview.ceiling().capacity(),
                preview.ceiling().requests(), preview.ceiling().maxPlaceable(),
                shortageLines(preview.shortage(), snapshot.districtNames(), snapshot.areaNames()), byStatus,
                latest.isEmpty() ? null : latest.get(0));
    }

    /**
     * Runs the engine for the term and stores the run and its proposals. Without a seed a new one is drawn; the
     * same snapshot and seed always give the same result (see {@link #replay}).
     */
    public long run(long termId, Long seed) {
        Term term = term(termId);
        String by = currentUser.get().username();
        Instant now = clock.instant();
        List<Placement> replaced = em.createQuery("SELECT pl FROM Placement pl JOIN FETCH pl.offer"
                        + " WHERE pl.term.id = :term AND pl.status = :proposed AND pl.locked = FALSE", Placement.class)
                .setParameter("term", termId).setParameter("proposed", PlacementStatus.PROPOSED).getResultList();
        for (Placement placement : replaced) {
            placement.discard();
            em.remove(placement);
        }
        em.flush();
        Snapshot snapshot = AllocationInput.load(em, termId, seed != null ? seed : SEEDS.nextLong());
        AllocationResult result = new Allocator().allocate(snapshot.problem());
        AllocationRun run = new AllocationRun(term, ProblemJson.write(snapshot.problem()), result, by, now);
        em.persist(run);
        em.flush();
        Map<String, Integer> ranked = snapshot.problem().requests().stream()
                .collect(Collectors.toMap(Request::studentKey, r -> r.preferences().size()));
        for (Assignment assignment : result.assignments()) {
            if (!assignment.fixed()) {
                StudentRequest request = snapshot.requests().get(assignment.studentKey());
                // the engine counts an unranked but acceptable place as the last rank; people see "outside preferences"
                int rank = assignment.rank() <= ranked.get(assignment.studentKey()) ? assignment.rank() : 0;
                em.persist(Placement.propose(request, snapshot.offers().get(assignment.placeKey()), run.getId(),
                        rank, by, now));
            }
        }
        em.flush();
        LOG.info(() -> "Allocation run " + run.getId() + " for " + term.getCode() + " by " + by + ": placed "
                + result.placedCount() + " of " + result.ceiling().requests() + " (ceiling "
                + result.ceiling().maxPlaceable() + ") in " + result.elapsed().toMillis() + " ms");
        return run.getId();
    }

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
        List<Unplaced> unplaced = ResultJson.unplaced(run.getResultJson());
        Map<Long, Object[]> students = students(unplaced.stream().map(u -> Long.valueOf(u.studentKey())).toList());
        List<UnplacedLine> unplacedLines = unplaced.stream().map(u -> {
            Object[] student = students.getOrDefault(Long.valueOf(u.studentKey()), new Object[]{"?", "?"});
            return new UnplacedLine(Long.parseLong(u.studentKey()), (String) student[0], (String) student[1],
                    u.reason(), u.detail());
        }).toList();

        List<Long> previous = em.createQuery("SELECT r.id FROM AllocationRun r WHERE r.term = :term AND r.id < :id"
                        + " ORDER BY r.id DESC", Long.class)
                .setParameter("term", run.getTerm()).setParameter("id", run.getId()).setMaxResults(1).getResultList();
        Long previousId = previous.isEmpty() ? null : previous.get(0);
        List<DiffLine> diff = previousId == null ? List.of() : diff(runById(termId, previousId), run);
        List<ShortageLine> shortage = shortageLines(ResultJson.shortage(run.getResultJson()), districtNames(),
                areaNames());
        // the unplaced students and those the difference lists are shown by name: each is a view for the read log
        Set<Long> shown = new LinkedHashSet<>();
        unplacedLines.stream().filter(line -> students.containsKey(line.requestId()))
                .forEach(line -> shown.add(line.requestId()));
        diff.stream().filter(line -> !"?".equals(line.studentName())).forEach(line -> shown.add(line.requestId()));
        readLog.requests(shown, "AllocationService.details");
        return new RunDetails(row(run), unplacedLines, shortage,
                diff, previousId);
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

    /** The offers a proposal may be moved to: the hard rules hold, a seat is free; best rank first. */
    public List<MoveTarget> moveTargets(long placementId) {
        Placement placement = proposal(placementId);
        Request student = engineRequest(placement.getRequest());
        List<PlaceOffer> offers = em.createQuery("""
                        SELECT p FROM PlaceOffer p JOIN FETCH p.district JOIN FETCH p.unit JOIN FETCH p.area
                        LEFT JOIN FETCH p.supervisor WHERE p.term = :term AND p.status = se.stockholm.vfu.place.PlaceStatus.ACTIVE
                        AND p.taken < p.places AND p.id <> :current ORDER BY p.district.name, p.unit.name""",
                        PlaceOffer.class)
                .setParameter("term", placement.getTerm()).setParameter("current", placement.getOffer().getId())
                .getResultList();
        List<MoveTarget> targets = new ArrayList<>();
        for (PlaceOffer offer : offers) {
            Place place = place(offer);
            if (allowed(student, place)) {
                targets.add(new MoveTarget(offer.getId(), offer.getDistrict().getName(), offer.getUnit().getName(),
                        offer.getArea().getNameSv(), offer.getFree(), rank(student, place), place.supervisorTrained()));
            }
        }
        targets.sort((a, b) -> Integer.compare(a.rank() == 0 ? Integer.MAX_VALUE : a.rank(),
                b.rank() == 0 ? Integer.MAX_VALUE : b.rank()));
        return targets;
    }

    /**
     * Moves a proposal to another offer by hand. The hard rules are enforced (excluded district, languages, a free
     * seat); the soft ones come back as warning keys: a place outside the student's preferences, a student who needs
     * extra support with a supervisor who has not completed supervisor training.
     */
    public List<String> move(long placementId, long version, long offerId) {
        Placement placement = proposal(placementId);
        placement.requireVersion(version);
        PlaceOffer target = em.find(PlaceOffer.class, offerId);
        if (target == null || !target.getTerm().getId().equals(placement.getTerm().getId())) {
            throw new InvalidInputException("place", "allocation.error.noSuchPlace");
        }
        if (!target.isActive()) {
            throw new InvalidInputException("place", "district.place.error.withdrawn");
        }
        Request student = engineRequest(placement.getRequest());
        Place place = place(target);
        if (student.excludedDistricts().contains(place.district())) {
            throw new InvalidInputException("place", "allocation.error.excludedDistrict");
        }
        if (student.excludedPlaces().contains(place.key())) {
            throw new InvalidInputException("place", "allocation.error.declinedHere");
        }
        if (!place.offersAll(student.requiredLanguages())) {
            throw new InvalidInputException("place", "allocation.error.language");
        }
        int rank = rank(student, place);
        placement.moveTo(target, rank, currentUser.get().username(), clock.instant());
        em.flush();
        List<String> warnings = new ArrayList<>();
        if (rank == 0 && !student.preferences().isEmpty()) {
            warnings.add("allocation.warning.outsidePreferences");
        }
        if (student.needsExtraSupport() && !place.supervisorTrained()) {
            warnings.add("allocation.warning.supportUntrained");
        }
        return warnings;
    }

    /** A locked proposal is kept by the next run. */
    public void lock(long placementId, long version, boolean locked) {
        Placement placement = proposal(placementId);
        placement.requireVersion(version);
        placement.lock(locked, currentUser.get().username(), clock.instant());
        em.flush();
    }

    /**
     * Makes every proposal of the term an offer to its district, marks the latest run published and tells each
     * district how many offers it has. Returns the number of offers.
     */
    public int publish(long termId) {
        Term term = term(termId);
        String by = currentUser.get().username();
        Instant now = clock.instant();
        List<Placement> proposals = em.createQuery("SELECT pl FROM Placement pl JOIN FETCH pl.district JOIN FETCH pl.offer"
                        + " WHERE pl.term = :term AND pl.status = :proposed", Placement.class)
                .setParameter("term", term).setParameter("proposed", PlacementStatus.PROPOSED).getResultList();
        if (proposals.isEmpty()) {
            throw new InvalidInputException(null, "allocation.error.nothingToPublish");
        }
        Map<District, Integer> perDistrict = new LinkedHashMap<>();
        for (Placement placement : proposals) {
            placement.publish(by, now);
            em.persist(PlacementEvent.of(placement));
            perDistrict.merge(placement.getDistrict(), 1, Integer::sum);
        }
        em.createQuery("SELECT r FROM AllocationRun r WHERE r.term = :term AND r.publishedAt IS NULL"
                        + " ORDER BY r.runAt DESC, r.id DESC", AllocationRun.class)
                .setParameter("term", term).setMaxResults(1).getResultList()
                .forEach(run -> run.published(by, now));
        em.flush();
        perDistrict.forEach((district, count) -> changes.fire(new PlacementChanged(PlacementStatus.OFFERED,
                term.getCode(), district.getId(), null, null, district.getName(), count, null)));
        return proposals.size();
    }

    private List<DiffLine> diff(AllocationRun before, AllocationRun after) {
        Map<String, String> was = ResultJson.assignments(before.getResultJson());
        Map<String, String> is = ResultJson.assignments(after.getResultJson());
        Set<String> changed = new LinkedHashSet<>();
        Set<String> all = new LinkedHashSet<>(was.keySet());
        all.addAll(is.keySet());
        all.stream().filter(s -> !Objects.equals(was.get(s), is.get(s))).forEach(changed::add);
        if (changed.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> students = students(changed.stream().map(Long::valueOf).toList());
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
                        Object[].class).setParameter("ids", offerIds).getResultList()
                .forEach(row -> labels.put(String.valueOf(row[0]), row[1] + " – " + row[2]));
        return changed.stream()
                .map(s -> new DiffLine(Long.parseLong(s),
                        (String) students.getOrDefault(Long.valueOf(s), new Object[]{"?", "?"})[0],
                        was.get(s) == null ? null : labels.get(was.get(s)), is.get(s) == null ? null : labels.get(is.get(s))))
                .sorted((a, b) -> a.studentName().compareToIgnoreCase(b.studentName()))
                .toList();
    }

    /** Student name and university code by request id, in one query. */
    private Map<Long, Object[]> students(Collection<Long> requestIds) {
        Map<Long, Object[]> students = new TreeMap<>();
        if (requestIds.isEmpty()) {
            return students;
        }
        em.createQuery("SELECT r.id, r.studentName, u.code FROM StudentRequest r JOIN r.university u WHERE r.id IN :ids",
                        Object[].class).setParameter("ids", requestIds).getResultList()
                .forEach(row -> students.put((Long) row[0], new Object[]{row[1], row[2]}));
        return students;
    }

    /** District names by code, for runs stored with codes. */
    private Map<String, String> districtNames() {
        return em.createQuery("SELECT d.code, d.name FROM District d", Object[].class).getResultList().stream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
    }

    /** Area-of-work names (Swedish) by code. */
    private Map<String, String> areaNames() {
        return em.createQuery("SELECT a.code, a.nameSv FROM AreaOfWork a", Object[].class).getResultList().stream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
    }

    private static List<ShortageLine> shortageLines(List<ShortageGroup> groups, Map<String, String> districtNames,
                                                    Map<String, String> areaNames) {
        return groups.stream().map(group -> new ShortageLine(group.studentKeys().size(), group.demand(),
                group.capacity(),
                group.requestedDistricts().stream().map(code -> districtNames.getOrDefault(code, code)).toList(),
                group.requestedAreas().stream().map(code -> areaNames.getOrDefault(code, code)).toList(),
                group.capacityByDistrict().entrySet().stream()
                        .map(e -> districtNames.getOrDefault(e.getKey(), e.getKey()) + ": " + e.getValue())
                        .toList())).toList();
    }

    private Request engineRequest(StudentRequest request) {
        Set<String> excluded = request.getExclusions().stream().map(District::getCode).collect(Collectors.toSet());
        Set<String> declined = AllocationInput.declinedOffers(em, request.getTerm().getId())
                .getOrDefault(request.getId(), Set.of());
        return AllocationInput.request(request, excluded, declined);
    }

    private static Place place(PlaceOffer offer) {
        boolean trained = offer.getSupervisor() != null
                && offer.getSupervisor().getTrainingStatus() == TrainingStatus.COMPLETED;
        return new Place(String.valueOf(offer.getId()), offer.getDistrict().getCode(), offer.getUnit().getName(),
                offer.getArea().getCode(), offer.getPlaces(), new HashSet<>(offer.getLanguageList()), trained);
    }

    private static boolean allowed(Request student, Place place) {
        return student.allows(place) && place.offersAll(student.requiredLanguages());
    }

    private static int rank(Request student, Place place) {
        for (int position = 0; position < student.preferences().size(); position++) {
            if (student.preferences().get(position).matches(place)) {
                return position + 1;
            }
        }
        return 0;
    }

    private Placement proposal(long placementId) {
        Placement placement = em.find(Placement.class, placementId);
        if (placement == null) {
            throw new NotFoundException();
        }
        if (placement.getStatus() != PlacementStatus.PROPOSED) {
            throw new InvalidInputException(null, "placement.error.onlyProposalsMove");
        }
        return placement;
    }

    /** A run of the term; a run of another term is not found under this one. */
    private AllocationRun runById(long termId, long runId) {
        AllocationRun run = em.find(AllocationRun.class, runId);
        if (run == null || run.getTerm().getId() != termId) {
            throw new NotFoundException();
        }
        return run;
    }

    private Term term(long termId) {
        Term term = em.find(Term.class, termId);
        if (term == null) {
            throw new NotFoundException();
        }
        return term;
    }

    private static RunRow row(AllocationRun r) {
        return new RunRow(r.getId(), r.getRunAt(), r.getRunBy(), r.getSeed(), r.getRequestCount(), r.getCapacity(),
                r.getCeiling(), r.getPlacedCount(), r.getProfile(), r.getElapsedMs(), r.getPublishedAt(),
                r.getPublishedBy());
    }
}
