package se.stockholm.vfu.allocation.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.stockholm.vfu.allocation.engine.Problems.area;
import static se.stockholm.vfu.allocation.engine.Problems.district;
import static se.stockholm.vfu.allocation.engine.Problems.problem;

/** The what-if figures and their sums per district and area on a problem small enough to work out by hand. */
class WhatIfTest {

    private static final String BOU = "Barn och unga";
    private static final String EKB = "Ekonomiskt bistånd";
    private static final Set<String> SWEDISH = Set.of("sv");

    /**
     * One place in Kungsholmen (Barn och unga) for S1 and S2, who both want Kungsholmen; S3 wants Ekonomiskt bistånd,
     * offered nowhere; S4 takes anything outside Kungsholmen and there is nothing; S5 wants Bromma but needs English.
     */
    private final AllocationProblem problem = problem()
            .place("P1", "Kungsholmen", BOU, 1)
            .request("S1", district("Kungsholmen"))
            .request("S2", district("Kungsholmen"))
            .request("S3", area(EKB))
            .noPreference("S4", Set.of("Kungsholmen"))
            .request(new Request("S5", List.of(district("Bromma")), false, Set.of(), Set.of("sv", "en"), false))
            .build();

    private final List<HypotheticalPlace> candidates = List.of(
            new HypotheticalPlace("Kungsholmen", BOU, SWEDISH), new HypotheticalPlace("Kungsholmen", EKB, SWEDISH),
            new HypotheticalPlace("Bromma", BOU, SWEDISH), new HypotheticalPlace("Bromma", EKB, SWEDISH));

    @Test
    void eachPairGainsWhatItsStudentsCanTakeSortedByGain() {
        WhatIfResult result = new WhatIf().analyse(problem, candidates);

        assertThat(result.placeable()).isEqualTo(1);
        assertThat(result.requests()).isEqualTo(5);
        // Kungsholmen/EKB: one of S1, S2 and S3; Bromma/EKB: S3 and S4 (S5 needs English, the place is Swedish only)
        assertThat(result.pairs()).extracting(WhatIfGain::district, WhatIfGain::area, WhatIfGain::gainOfOne,
                WhatIfGain::absorbable).containsExactly(
                tuple("Bromma", EKB, 1, 2),
                tuple("Kungsholmen", EKB, 1, 2),
                tuple("Bromma", BOU, 1, 1),
                tuple("Kungsholmen", BOU, 1, 1));
    }

    @Test
    void sumsPerDistrictAddThePairsAndCountStudentsWantingSeveralPairsOnceTogether() {
        WhatIfResult result = new WhatIf().analyse(problem, candidates);

        assertThat(result.byDistrict()).containsExactly(
                new WhatIfSum("Bromma", 2, 3, 2),
                new WhatIfSum("Kungsholmen", 2, 3, 2));
    }

    @Test
    void sumsPerArea() {
        WhatIfResult result = new WhatIf().analyse(problem, candidates);

        // EKB everywhere: S3, S4 and one of S1 and S2; BOU everywhere: S4 and one of S1 and S2
        assertThat(result.byArea()).containsExactly(
                new WhatIfSum(EKB, 2, 4, 3),
                new WhatIfSum(BOU, 2, 2, 2));
    }

    @Test
    void theDistrictsUsualLanguageDecidesWhoCanGoThere() {
        WhatIfResult result = new WhatIf().analyse(problem,
                List.of(new HypotheticalPlace("Bromma", BOU, Set.of("sv", "en"))));

        assertThat(result.pairs()).extracting(WhatIfGain::absorbable).containsExactly(2);
    }

    @Test
    void whenEveryoneIsPlacedNothingGains() {
        AllocationProblem everyonePlaced = problem()
                .place("P1", "Kungsholmen", BOU, 2)
                .request("S1", district("Kungsholmen"))
                .noPreference("S2", Set.of())
                .build();

        WhatIfResult result = new WhatIf().analyse(everyonePlaced, candidates);

        assertThat(result.placeable()).isEqualTo(2);
        assertThat(result.pairs()).allSatisfy(gain -> {
            assertThat(gain.gainOfOne()).isZero();
            assertThat(gain.absorbable()).isZero();
        });
        assertThat(result.byDistrict()).extracting(WhatIfSum::helpingPairs, WhatIfSum::absorbableTogether)
                .containsOnly(tuple(0, 0));
    }

    @Test
    void aFixedStudentKeepsItsPlaceAndCountsAsPlaced() {
        AllocationProblem withFixed = problem()
                .place("P1", "Kungsholmen", BOU, 1)
                .request("S1", district("Kungsholmen"))
                .request("S2", district("Kungsholmen"))
                .fixed("S1", "P1")
                .build();

        WhatIfResult result = new WhatIf().analyse(withFixed,
                List.of(new HypotheticalPlace("Kungsholmen", BOU, SWEDISH)));

        assertThat(result.placeable()).isEqualTo(1);
        assertThat(result.pairs()).extracting(WhatIfGain::gainOfOne, WhatIfGain::absorbable)
                .containsExactly(tuple(1, 1));
    }
}
