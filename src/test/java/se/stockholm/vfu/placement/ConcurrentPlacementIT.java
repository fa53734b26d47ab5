package se.stockholm.vfu.placement;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.allocation.AllocationService;
import se.stockholm.vfu.allocation.ProposalService;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.it.AllocationFixtures;
import se.stockholm.vfu.it.AllocationFixtures.Scenario;
import se.stockholm.vfu.it.Causes;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people acting on the same place at the same moment, each in a transaction of their own started together:
 * exactly one wins, the other gets a message they can act on (the place is full, the offer was already answered,
 * or someone changed it meanwhile), and no place ever holds more students than it has places.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentPlacementIT {

    private static final int ROUNDS = 3;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    AllocationService allocationService;

    @Inject
    ProposalService proposalService;

    @Inject
    PlacementService placementService;

    @Inject
    PlacementLifecycleService lifecycle;

    @Inject
    AllocationFixtures fixtures;

    @Inject
    RunAs runAs;

    @Resource
    ManagedExecutorService executor;

    @Test
    void twoMovesIntoTheLastSeatOfAPlace() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Scenario term = fixtures.newTerm();
            runAs.user(Fixtures.CENTRAL, () -> allocationService.run(term.termId(), 13L));
            // free Rinkeby's only seat, then move both Södermalm proposals there at once
            PlacementRow e = proposals(term).stream().filter(p -> p.offerId() == term.rinkebyOffer()).findFirst()
                    .orElseThrow();
            runAs.user(Fixtures.CENTRAL,
                    () -> lifecycle.cancel(term.termId(), e.id(), e.version(), "Frigör platsen för testet"));
            List<PlacementRow> sodermalm = proposals(term).stream()
                    .filter(p -> p.offerId() == term.sodermalmOffer()).toList();
            assertThat(sodermalm).hasSize(2);

            List<Outcome> outcomes = together(sodermalm.stream().<Callable<Object>>map(p ->
                    () -> proposalService.move(p.id(), p.version(), term.rinkebyOffer())).toList());

            assertExactlyOneWon(outcomes);
            assertThat(fixtures.seats(term.rinkebyOffer())).as("Rinkeby: taken, places").containsExactly(1, 1);
            assertThat(fixtures.seats(term.sodermalmOffer())).containsExactly(1, 2);
            assertThat(proposals(term)).filteredOn(p -> p.offerId() == term.rinkebyOffer()).hasSize(1);
        }
    }

    @Test
    void theDistrictConfirmsWhileTheCentralContactCancels() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Scenario term = fixtures.newTerm();
            runAs.user(Fixtures.CENTRAL, () -> {
                allocationService.run(term.termId(), 17L);
                return allocationService.publish(term.termId());
            });
            PlacementRow e = runAs.user(Fixtures.RINKEBY, () -> placementService.find(term.termId(),
                    PageRequest.of(0, 10))).rows().get(0);

            List<Outcome> outcomes = together(List.of(
                    () -> runAs.user(Fixtures.RINKEBY,
                            () -> lifecycle.confirm(term.termId(), e.id(), e.version(), term.rinkebySupervisor())),
                    () -> runAs.user(Fixtures.CENTRAL, () -> {
                        lifecycle.cancel(term.termId(), e.id(), e.version(), "Studenten har hoppat av");
                        return null;
                    })));

            assertExactlyOneWon(outcomes);
            PlacementStatus status = runAs.user(Fixtures.CENTRAL, () -> placementService.get(term.termId(), e.id())).status();
            assertThat(status).isEqualTo(outcomes.get(0).won() ? PlacementStatus.CONFIRMED : PlacementStatus.CANCELLED);
            assertThat(fixtures.seats(term.rinkebyOffer())[0]).isEqualTo(status == PlacementStatus.CONFIRMED ? 1 : 0);
        }
    }

    @Test
    void twoConfirmationsForTheLastRoomOfASupervisor() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Scenario term = fixtures.newTerm();
            fixtures.setRoom(term.sodermalmSupervisor(), 1);
            runAs.user(Fixtures.CENTRAL, () -> {
                allocationService.run(term.termId(), 19L);
                return allocationService.publish(term.termId());
            });
            List<PlacementRow> offers = runAs.user(Fixtures.SODERMALM, () -> placementService.find(term.termId(),
                    PageRequest.of(0, 10))).rows();
            assertThat(offers).hasSize(2);

            List<Outcome> outcomes = together(offers.stream().<Callable<Object>>map(p -> () -> runAs.user(
                    Fixtures.SODERMALM, () -> lifecycle.confirm(term.termId(), p.id(), p.version(), term.sodermalmSupervisor())))
                    .toList());

            assertExactlyOneWon(outcomes);
            assertThat(runAs.user(Fixtures.SODERMALM, () -> placementService.find(term.termId(),
                    PageRequest.of(0, 10))).rows()).filteredOn(p -> p.status() == PlacementStatus.CONFIRMED).hasSize(1);
        }
    }

    /** What one of the two got: success, or the failure whose message the user would see. */
    private record Outcome(boolean won, Throwable failure) {
    }

    /** Runs the actions in transactions of their own, released at the same moment. */
    private List<Outcome> together(List<Callable<Object>> actions) throws Exception {
        CyclicBarrier start = new CyclicBarrier(actions.size());
        List<Future<Outcome>> futures = new ArrayList<>();
        for (Callable<Object> action : actions) {
            futures.add(executor.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                try {
                    runAs.user(Fixtures.CENTRAL, action);
                    return new Outcome(true, null);
                } catch (Exception failure) {
                    return new Outcome(false, failure);
                }
            }));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> future : futures) {
            try {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            } catch (ExecutionException broken) {
                throw new AssertionError("the test harness failed", broken.getCause());
            }
        }
        return outcomes;
    }

    private static void assertExactlyOneWon(List<Outcome> outcomes) {
        assertThat(outcomes).filteredOn(Outcome::won).as("winners").hasSize(1);
        Throwable failure = outcomes.stream().filter(o -> !o.won()).findFirst().orElseThrow().failure();
        assertThat(understandable(failure)).as("the loser gets a message, not an error page: %s", failure).isTrue();
    }

    /** A business message (place full, offer already answered) or "someone changed it meanwhile". */
    private static boolean understandable(Throwable failure) {
        return Causes.include(failure, InvalidInputException.class, OptimisticLockException.class);
    }

    private List<PlacementRow> proposals(Scenario term) throws Exception {
        return runAs.user(Fixtures.CENTRAL, () -> placementService.find(term.termId(),
                new PageRequest(0, 50, null, true, Map.of("status", "PROPOSED")))).rows();
    }
}
