package se.stockholm.vfu.allocation.engine;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine against independent optima on random instances: exhaustive search on small ones,
 * JGraphT's maximum flow and scalar minimum-cost flow on medium ones. Number placed, rank profile and
 * extra-support count must all be equal, the hard rules must hold and the seed must make runs
 * repeatable.
 */
class AllocatorProperties {

    private final Allocator allocator = new Allocator();

    @Property(tries = 1500)
    void equalsTheExhaustiveOptimum(@ForAll("small") AllocationProblem problem) {
        AllocationResult result = allocator.allocate(problem);

        AllocationChecks.assertValid(problem, result);
        assertThat(Score.of(problem, result)).isEqualTo(BruteForceAllocator.optimum(problem));
    }

    @Property(tries = 300)
    void equalsTheScalarMinimumCostFlowOptimum(@ForAll("medium") AllocationProblem problem) {
        AllocationResult result = allocator.allocate(problem);

        AllocationChecks.assertValid(problem, result);
        assertThat(Score.of(problem, result)).isEqualTo(JGraphTOracles.scalarOptimum(problem));
    }

    @Property(tries = 200)
    void ceilingEqualsAMaximumFlow(@ForAll("large") AllocationProblem problem) {
        AllocationResult result = allocator.allocate(problem);

        AllocationChecks.assertValid(problem, result);
        assertThat(result.ceiling().maxPlaceable()).isEqualTo(JGraphTOracles.maxPlaceable(problem));
    }

    @Property(tries = 300)
    void sameProblemAndSeedGiveTheSameResult(@ForAll("medium") AllocationProblem problem) {
        AllocationResult first = allocator.allocate(problem);
        AllocationResult second = allocator.allocate(new AllocationProblem(problem.requests(), problem.places(),
                problem.fixedAssignments(), problem.options()));

        assertThat(second.assignments()).isEqualTo(first.assignments());
        assertThat(second.unplaced()).isEqualTo(first.unplaced());
        assertThat(second.shortage()).isEqualTo(first.shortage());
        assertThat(second.profile()).isEqualTo(first.profile());
    }

    /**
     * Requests that accept unranked places reach them through a hub shared by their group; the
     * optimum must not change, nor may a hub member be reported at the last rank for a place it
     * ranks ({@link AllocationChecks} recomputes every rank). Few exclusion sets make groups of
     * several members.
     */
    @Property(tries = 1500)
    void withManyOpenRequestsEqualsTheExhaustiveOptimum(@ForAll("smallMostlyOpen") AllocationProblem problem) {
        AllocationResult result = allocator.allocate(problem);

        AllocationChecks.assertValid(problem, result);
        assertThat(Score.of(problem, result)).isEqualTo(BruteForceAllocator.optimum(problem));
    }

    @Property(tries = 300)
    void withManyOpenRequestsEqualsTheScalarMinimumCostFlowOptimum(
            @ForAll("mediumMostlyOpen") AllocationProblem problem) {
        AllocationResult result = allocator.allocate(problem);

        AllocationChecks.assertValid(problem, result);
        assertThat(Score.of(problem, result)).isEqualTo(JGraphTOracles.scalarOptimum(problem));
    }

    @Property(tries = 200)
    void withManyOpenRequestsTheCeilingEqualsAMaximumFlow(@ForAll("largeMostlyOpen") AllocationProblem problem) {
        AllocationResult result = allocator.allocate(problem);

        AllocationChecks.assertValid(problem, result);
        assertThat(result.ceiling().maxPlaceable()).isEqualTo(JGraphTOracles.maxPlaceable(problem));
    }

    /** The pairing of a hub's members with its places must not depend on anything but problem and seed. */
    @Property(tries = 300)
    void withManyOpenRequestsSameProblemAndSeedGiveTheSameResult(
            @ForAll("mediumMostlyOpen") AllocationProblem problem) {
        AllocationResult first = allocator.allocate(problem);
        AllocationResult second = allocator.allocate(new AllocationProblem(problem.requests(), problem.places(),
                problem.fixedAssignments(), problem.options()));

        assertThat(second.assignments()).isEqualTo(first.assignments());
        assertThat(second.unplaced()).isEqualTo(first.unplaced());
        assertThat(second.shortage()).isEqualTo(first.shortage());
        assertThat(second.profile()).isEqualTo(first.profile());
    }

    @Provide
    Arbitrary<AllocationProblem> smallMostlyOpen() {
        return ProblemArbitraries.mostlyOpenProblems(6, 4, 2, 3);
    }

    @Provide
    Arbitrary<AllocationProblem> mediumMostlyOpen() {
        return ProblemArbitraries.mostlyOpenProblems(20, 8, 3, 3);
    }

    @Provide
    Arbitrary<AllocationProblem> largeMostlyOpen() {
        return ProblemArbitraries.mostlyOpenProblems(60, 15, 4, 6);
    }

    @Provide
    Arbitrary<AllocationProblem> small() {
        return ProblemArbitraries.problems(6, 4, 2, 3);
    }

    @Provide
    Arbitrary<AllocationProblem> medium() {
        return ProblemArbitraries.problems(20, 8, 3, 3);
    }

    @Provide
    Arbitrary<AllocationProblem> large() {
        return ProblemArbitraries.problems(60, 15, 4, 6);
    }
}
