package se.stockholm.vfu.allocation.engine;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The what-if figures equal what the allocation itself says once the places are really added: the number placed by
 * {@link Allocator} with one more place in the pair (capacity 1), or with as many as there are requests (no limit in
 * effect), minus the number placed now; and for the sums, with such places in every pair of the district or area
 * at once. The candidates include a district where the problem has no place at all.
 */
class WhatIfProperties {

    private static final List<String> DISTRICTS = List.of("Kungsholmen", "Rinkeby-Kista", "Skärholmen", "Farsta");
    private static final List<String> AREAS = List.of("Barn och unga", "Ekonomiskt bistånd");
    private static final List<Set<String>> LANGUAGE_SETS = List.of(Set.of("sv"), Set.of("sv", "en"), Set.of("en"));

    @Property(tries = 200)
    void gainsEqualTheRerunDifferences(@ForAll("large") AllocationProblem problem,
                                       @ForAll("languages") List<Set<String>> languages) {
        checkAgainstReruns(problem, languages);
    }

    @Property(tries = 200)
    void withManyOpenRequestsGainsEqualTheRerunDifferences(@ForAll("largeMostlyOpen") AllocationProblem problem,
                                                           @ForAll("languages") List<Set<String>> languages) {
        checkAgainstReruns(problem, languages);
    }

    private static void checkAgainstReruns(AllocationProblem problem, List<Set<String>> languages) {
        List<HypotheticalPlace> candidates = new ArrayList<>();
        for (int d = 0; d < DISTRICTS.size(); d++) {
            for (String area : AREAS) {
                candidates.add(new HypotheticalPlace(DISTRICTS.get(d), area, languages.get(d)));
            }
        }
        WhatIfResult result = new WhatIf().analyse(problem, candidates);
        int placedNow = placed(problem, List.of());

        assertThat(result.placeable()).isEqualTo(placedNow);
        assertThat(result.pairs()).hasSize(candidates.size());
        int unlimited = problem.requests().size() + 1;
        for (WhatIfGain gain : result.pairs()) {
            HypotheticalPlace candidate = new HypotheticalPlace(gain.district(), gain.area(), gain.languages());
            assertThat(gain.gainOfOne()).as("gain of one at %s", candidate)
                    .isEqualTo(placed(problem, List.of(candidate.asPlace(1))) - placedNow);
            assertThat(gain.absorbable()).as("absorbable at %s", candidate)
                    .isEqualTo(placed(problem, List.of(candidate.asPlace(unlimited))) - placedNow);
            if (gain.absorbable() >= 2) {
                assertThat(placed(problem, List.of(candidate.asPlace(2))) - placedNow).as("two more at %s", candidate)
                        .isEqualTo(2);
            }
        }
        for (WhatIfSum sum : result.byDistrict()) {
            checkSum(sum, result, candidates, problem, placedNow, c -> c.district().equals(sum.name()));
        }
        for (WhatIfSum sum : result.byArea()) {
            checkSum(sum, result, candidates, problem, placedNow, c -> c.area().equals(sum.name()));
        }
        assertThat(result.pairs()).isSortedAccordingTo((a, b) -> a.gainOfOne() != b.gainOfOne()
                ? b.gainOfOne() - a.gainOfOne() : b.absorbable() - a.absorbable());
    }

    private static void checkSum(WhatIfSum sum, WhatIfResult result, List<HypotheticalPlace> candidates,
                                 AllocationProblem problem, int placedNow, Predicate<HypotheticalPlace> member) {
        List<WhatIfGain> pairs = result.pairs().stream()
                .filter(g -> member.test(new HypotheticalPlace(g.district(), g.area(), g.languages()))).toList();
        assertThat(sum.helpingPairs()).isEqualTo(pairs.stream().mapToInt(WhatIfGain::gainOfOne).sum());
        assertThat(sum.absorbableSum()).isEqualTo(pairs.stream().mapToInt(WhatIfGain::absorbable).sum());
        List<Place> everywhere = candidates.stream().filter(member)
                .map(c -> c.asPlace(problem.requests().size() + 1)).toList();
        assertThat(sum.absorbableTogether()).as("together in %s", sum.name())
                .isEqualTo(placed(problem, everywhere) - placedNow);
    }

    private static int placed(AllocationProblem problem, List<Place> extra) {
        List<Place> places = new ArrayList<>(problem.places());
        places.addAll(extra);
        return new Allocator().allocate(new AllocationProblem(problem.requests(), places, problem.fixedAssignments(),
                problem.options())).placedCount();
    }

    @Provide
    Arbitrary<List<Set<String>>> languages() {
        return Arbitraries.of(LANGUAGE_SETS).list().ofSize(DISTRICTS.size());
    }

    @Provide
    Arbitrary<AllocationProblem> large() {
        return ProblemArbitraries.problems(40, 10, 3, 5);
    }

    @Provide
    Arbitrary<AllocationProblem> largeMostlyOpen() {
        return ProblemArbitraries.mostlyOpenProblems(40, 10, 3, 5);
    }
}
