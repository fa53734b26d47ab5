package se.stockholm.vfu.allocation;

import jakarta.persistence.EntityManager;
import se.stockholm.vfu.allocation.AllocationInput.Snapshot;
import se.stockholm.vfu.allocation.engine.AllocationResult;
import se.stockholm.vfu.allocation.engine.Allocator;
import se.stockholm.vfu.allocation.engine.Assignment;
import se.stockholm.vfu.allocation.engine.Request;
import se.stockholm.vfu.place.PlaceOffer;
import se.stockholm.vfu.placement.Placement;
import se.stockholm.vfu.term.Term;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A run of the engine as {@link AllocationService#run} does it, for the demo data only: it writes the demo's
 * finished terms at start-up, before anyone is signed in, with the dates those runs would have had. It stores the
 * run and its proposals exactly as a real run does, so the demo's history is the same kind of data as the portal's.
 */
public final class DemoAllocation {

    private DemoAllocation() {
    }

    /** Runs the term as {@code by} at {@code at}; returns the proposals it made (not yet flushed as published). */
    public static List<Placement> run(EntityManager em, Term term, long seed, String by, Instant at) {
        em.flush();
        Snapshot snapshot = AllocationInput.load(em, term.getId(), seed);
        AllocationResult result = new Allocator().allocate(snapshot.problem());
        AllocationRun run = new AllocationRun(term, ProblemJson.write(snapshot.problem()), result, by, at);
        em.persist(run);
        em.flush();
        Map<String, Integer> ranked = snapshot.problem().requests().stream()
                .collect(Collectors.toMap(Request::studentKey, r -> r.preferences().size()));
        List<Placement> proposals = new ArrayList<>();
        Map<String, PlaceOffer> offers = AllocationInput.proposedOffers(em, term.getId(), result.assignments());
        for (Assignment assignment : result.assignments()) {
            if (!assignment.fixed()) {
                int rank = assignment.rank() <= ranked.get(assignment.studentKey()) ? assignment.rank() : 0;
                Placement proposal = Placement.propose(snapshot.requests().get(assignment.studentKey()),
                        offers.get(assignment.placeKey()), run.getId(), rank, by, at);
                em.persist(proposal);
                proposals.add(proposal);
            }
        }
        return proposals;
    }

    /** Marks the term's latest run published, as publishing does. */
    public static void published(EntityManager em, Term term, String by, Instant at) {
        em.createQuery("SELECT r FROM AllocationRun r WHERE r.term = :term AND r.publishedAt IS NULL"
                        + " ORDER BY r.runAt DESC, r.id DESC", AllocationRun.class)
                .setParameter("term", term).setMaxResults(1).getResultList()
                .forEach(run -> run.published(by, at));
    }
}
