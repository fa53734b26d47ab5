package se.stockholm.vfu.allocation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import se.stockholm.vfu.allocation.AllocationInput.Snapshot;
import se.stockholm.vfu.allocation.engine.AllocationResult;
import se.stockholm.vfu.allocation.engine.Allocator;
import se.stockholm.vfu.allocation.engine.Assignment;
import se.stockholm.vfu.allocation.engine.Request;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.place.PlaceOffer;
import se.stockholm.vfu.placement.Placement;
import se.stockholm.vfu.placement.PlacementChanged;
import se.stockholm.vfu.placement.PlacementEvent;
import se.stockholm.vfu.placement.PlacementStatus;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.request.StudentRequest;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.term.TermService;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The central contact's allocation of a term: the term's figures (ceiling and shortage), running the engine over the
 * term's requests and places and keeping the run (input snapshot, seed, result, who ran it), and publishing the
 * proposals as offers to the districts. A new run replaces the proposals that are neither locked nor published;
 * locked, offered and confirmed placements stay where they are and use their places. The stored runs are read by
 * {@link AllocationRunService}; proposals are moved and locked by hand in {@link ProposalService}.
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
    private AllocationRunService storedRuns;

    @Inject
    private TermService terms;

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
                + " WHERE r.term.id = :term", Tuple.class).setParameter("term", term.getId()).getSingleResult().toArray()));
        parts.addAll(Arrays.asList(em.createQuery("SELECT COUNT(p), SUM(p.version), SUM(p.id), SUM(u.version),"
                        + " SUM(COALESCE(s.version, -1)), COUNT(s) FROM PlaceOffer p JOIN p.unit u LEFT JOIN p.supervisor s"
                        + " WHERE p.term.id = :term", Tuple.class).setParameter("term", term.getId()).getSingleResult().toArray()));
        parts.addAll(Arrays.asList(em.createQuery("SELECT COUNT(pl), SUM(pl.version), SUM(pl.id) FROM Placement pl"
                + " WHERE pl.term.id = :term", Tuple.class).setParameter("term", term.getId()).getSingleResult().toArray()));
        parts.add(em.createQuery("SELECT MAX(r.id) FROM AllocationRun r WHERE r.term.id = :term", Long.class)
                .setParameter("term", term.getId()).getSingleResult());
        return parts.stream().map(p -> p == null ? "null" : p.toString()).map(Object.class::cast).toList();
    }

    private AllocationSummary workOutSummary(Term term, long termId) {
        Snapshot snapshot = AllocationInput.load(em, termId, 0);
        AllocationResult preview = new Allocator().allocate(snapshot.problem());
        Map<String, Long> byStatus = new TreeMap<>();
        em.createQuery("SELECT pl.status, COUNT(pl) FROM Placement pl WHERE pl.term.id = :term GROUP BY pl.status",
                        Tuple.class).setParameter("term", termId).getResultList()
                .forEach(row -> byStatus.put(row.get(0, PlacementStatus.class).name(), row.get(1, Long.class)));
        List<Long> latest = em.createQuery("SELECT r.id FROM AllocationRun r WHERE r.term.id = :term"
                + " ORDER BY r.runAt DESC, r.id DESC", Long.class).setParameter("term", termId).setMaxResults(1)
                .getResultList();
        return new AllocationSummary(term.getCode(), term.getTargetPlaces(), preview.ceiling().capacity(),
                preview.ceiling().requests(), preview.ceiling().maxPlaceable(),
                ShortageLine.of(preview.shortage(), snapshot.districtNames(), snapshot.areaNames()), byStatus,
                latest.isEmpty() ? null : latest.get(0));
    }

    /**
     * Runs the engine for the term and stores the run and its proposals. Without a seed a new one is drawn; the
     * same snapshot and seed always give the same result (see {@link AllocationRunService#replay}).
     */
    public long run(long termId, Long seed) {
        Term term = term(termId);
        String by = currentUser.get().username();
        Instant now = clock.instant();
        List<Placement> replaced = em.createQuery("SELECT pl FROM Placement pl JOIN FETCH pl.offer"
                        + " WHERE pl.term.id = :term AND pl.status = :proposed AND pl.locked = FALSE", Placement.class)
                .setParameter("term", termId).setParameter("proposed", PlacementStatus.PROPOSED).getResultList();
        // the replaced proposals' seats are freed in memory just before the new proposals take theirs, with no flush
        // between: an offer whose count of taken seats ends where it began is not written (nor in its history)
        List<PlaceOffer> freed = new ArrayList<>();
        for (Placement placement : replaced) {
            freed.add(placement.discard());
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
        Map<String, PlaceOffer> offers = AllocationInput.proposedOffers(em, termId, result.assignments());
        freed.forEach(PlaceOffer::release);
        for (Assignment assignment : result.assignments()) {
            if (!assignment.fixed()) {
                StudentRequest request = snapshot.requests().get(assignment.studentKey());
                // the engine counts an unranked but acceptable place as the last rank; people see "outside preferences"
                int rank = assignment.rank() <= ranked.get(assignment.studentKey()) ? assignment.rank() : 0;
                em.persist(Placement.propose(request, offers.get(assignment.placeKey()), run.getId(),
                        rank, by, now));
            }
        }
        em.flush();
        LOG.info(() -> "Allocation run " + run.getId() + " for " + term.getCode() + " by " + by + ": placed "
                + result.placedCount() + " of " + result.ceiling().requests() + " (ceiling "
                + result.ceiling().maxPlaceable() + ") in " + result.elapsed().toMillis() + " ms");
        return run.getId();
    }

    /** Runs the engine for the term an API call names (a 404 if there is none) and returns the stored run. */
    public RunDetails run(String termCode, Long seed) {
        long termId = terms.idOf(termCode);
        return storedRuns.details(termId, run(termId, seed));
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
                term.getCode(), district.getId(), null, null, null, district.getName(), count, null,
                currentUser.get().role())));
        return proposals.size();
    }

    private Term term(long termId) {
        Term term = em.find(Term.class, termId);
        if (term == null) {
            throw new NotFoundException();
        }
        return term;
    }
}
