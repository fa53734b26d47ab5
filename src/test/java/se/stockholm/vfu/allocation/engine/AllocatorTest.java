package se.stockholm.vfu.allocation.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static se.stockholm.vfu.allocation.engine.Problems.area;
import static se.stockholm.vfu.allocation.engine.Problems.district;
import static se.stockholm.vfu.allocation.engine.Problems.place;
import static se.stockholm.vfu.allocation.engine.Problems.problem;

/** Edge cases and each rule of the engine on problems small enough to check by hand. */
class AllocatorTest {

    private static final String BOU = "Barn och unga";
    private static final String EKB = "Ekonomiskt bistånd";

    private final Allocator allocator = new Allocator();

    @Test
    void moreStudentsThanPlacesNamesTheShortage() {
        AllocationProblem problem = problem()
                .place("P1", "Kungsholmen", BOU, 2)
                .place("P2", "Bromma", EKB, 5)
                .request("S1", district("Kungsholmen"))
                .request("S2", district("Kungsholmen"))
                .request("S3", district("Kungsholmen"))
                .build();

        AllocationResult result = allocate(problem);

        assertThat(result.placedCount()).isEqualTo(2);
        assertThat(result.ceiling()).isEqualTo(new Ceiling(3, 2, 7, 2));
        assertThat(result.unplaced()).singleElement()
                .extracting(Unplaced::reason).isEqualTo(UnplacedReason.ALL_ACCEPTABLE_PLACES_FULL);
        assertThat(result.shortage()).singleElement().satisfies(group -> {
            assertThat(group.demand()).isEqualTo(3);
            assertThat(group.capacity()).isEqualTo(2);
            assertThat(group.shortfall()).isEqualTo(1);
            assertThat(group.capacityByDistrict()).containsExactlyEntriesOf(Map.of("Kungsholmen", 2));
            assertThat(group.requestedDistricts()).containsExactly("Kungsholmen");
        });
    }

    @Test
    void anExcludedPlaceIsNeverGivenEvenWhenItIsTheFirstChoiceOrReachedThroughTheHub() {
        AllocationProblem problem = problem()
                .place("P1", "Kungsholmen", BOU, 1)
                .place("P2", "Kungsholmen", BOU, 1)
                .place("P3", "Bromma", BOU, 1)
                .request(new Request("S1", List.of(district("Kungsholmen")), false, Set.of(), Set.of("sv"), false,
                        Set.of("P1")))
                .request(new Request("S2", List.of(), true, Set.of(), Set.of("sv"), false, Set.of("P2", "P3")))
                .request(new Request("S3", List.of(place("P3")), false, Set.of(), Set.of("sv"), false, Set.of("P3")))
                .build();

        AllocationResult result = allocate(problem);

        assertThat(result.assignments()).extracting(Assignment::studentKey, Assignment::placeKey)
                .containsExactly(tuple("S1", "P2"), tuple("S2", "P1"));
        assertThat(result.unplaced()).singleElement().satisfies(unplaced -> {
            assertThat(unplaced.studentKey()).isEqualTo("S3");
            assertThat(unplaced.reason()).isEqualTo(UnplacedReason.ONLY_EXCLUDED_DISTRICTS_MATCH);
        });
    }

    @Test
    void noPlacesAtAll() {
        AllocationProblem problem = problem()
                .request("S1", district("Kungsholmen"))
                .request("S2", area(BOU))
                .build();

        AllocationResult result = allocate(problem);

        assertThat(result.placedCount()).isZero();
        assertThat(result.ceiling().maxPlaceable()).isZero();
        assertThat(result.unplaced()).extracting(Unplaced::reason)
                .containsOnly(UnplacedReason.NO_PLACE_MATCHES_PREFERENCES);
        assertThat(result.shortage()).singleElement().satisfies(group -> {
            assertThat(group.demand()).isEqualTo(2);
            assertThat(group.capacity()).isZero();
            assertThat(group.requestedDistricts()).containsExactly("Kungsholmen");
            assertThat(group.requestedAreas()).containsExactly(BOU);
        });
    }

    @Test
    void studentWhoExcludesEveryDistrictWithPlacesIsNotPlaced() {
        AllocationProblem problem = problem()
                .place("P1", "Kungsholmen", BOU, 3)
                .place("P2", "Bromma", BOU, 3)
                .noPreference("S1", Set.of("Kungsholmen", "Bromma"))
                .build();

        AllocationResult result = allocate(problem);

        assertThat(result.assignments()).isEmpty();
        assertThat(result.unplaced()).singleElement()
                .extracting(Unplaced::reason).isEqualTo(UnplacedReason.ONLY_EXCLUDED_DISTRICTS_MATCH);
    }

    @Test
    void excludedDistrictIsNeverUsedEvenWhenItHasRoom() {
        AllocationProblem problem = problem()
                .place("P1", "Kungsholmen", BOU, 1)
                .place("P2", "Bromma", BOU, 3)
                .request("S1", district("Kungsholmen"))
                .noPreference("S2", Set.of("Bromma"))
                .build();

        AllocationResult result = allocate(problem);

        assertThat(result.assignments()).extracting(Assignment::studentKey, Assignment::placeKey)
                .containsExactly(tuple("S1", "P1"));
        assertThat(result.unplaced()).singleElement()
                .extracting(Unplaced::reason).isEqualTo(UnplacedReason.ONLY_EXCLUDED_DISTRICTS_HAD_ROOM);
    }

    @Test
    void duplicatedPreferencesKeepTheFirstRank() {
        AllocationProblem problem = problem()
                .place("P1", "Kungsholmen", BOU, 1)
                .place("P2", "Bromma", BOU, 1)
                .request("S1", district("Kungsholmen"), district("Kungsholmen"), district("Bromma"))
                .request("S2", district("Kungsholmen"), district("Bromma"))
                .seed(7)
                .build();

        AllocationResult result = allocate(problem);

        assertThat(result.placedCount()).isEqualTo(2);
        assertThat(result.profile().countByRank()).containsExactly(1, 1, 0, 0);
        assertThat(result.assignments()).filteredOn(assignment -> assignment.placeKey().equals("P2"))
                .singleElement()
                .extracting(Assignment::rank)
                .as("the second place is someone's second choice: the repeated Kungsholmen is not a rank of its own")
                .isEqualTo(2);
    }

    @Test
    void fixedAssignmentsStayAndUseCapacity() {
        AllocationProblem problem = problem()
                .place("P1", "Kungsholmen", BOU, 1)
                .place("P2", "Bromma", BOU, 1)
                .request("S1", place("P2"))
                .request("S2", place("P1"))
                .fixed("S1", "P1")
                .build();

        AllocationResult result = allocate(problem);

        assertThat(result.assignments()).containsExactly(
                new Assignment("S1", "P1", Assignment.OUTSIDE_PREFERENCES, true));
        assertThat(result.unplaced()).singleElement().satisfies(unplaced -> {
            assertThat(unplaced.studentKey()).isEqualTo("S2");
            assertThat(unplaced.reason()).isEqualTo(UnplacedReason.ACCEPTABLE_PLACES_HELD_BY_FIXED_ASSIGNMENTS);
        });
    }

    @Test
    void fixedAssignmentOfAStudentWithoutRequestCountsAgainstCapacity() {
        AllocationProblem problem = problem()
                .place("P1", "Kungsholmen", BOU, 2)
                .request("S1", district("Kungsholmen"))
                .request("S2", district("Kungsholmen"))
                .fixed("Confirmed", "P1")
                .build();

        AllocationResult result = allocate(problem);

        assertThat(result.placedCount()).isEqualTo(2);
        assertThat(result.assignments()).filteredOn(Assignment::fixed)
                .containsExactly(new Assignment("Confirmed", "P1", Assignment.OUTSIDE_PREFERENCES, true));
        assertThat(result.unplaced()).hasSize(1);
    }

    @Test
    void extraSupportStudentGetsTheTrainedSupervisorWhenThatCostsNothing() {
        for (long seed = 0; seed < 20; seed++) {
            AllocationProblem problem = problem()
                    .place("Untrained", "Kungsholmen", BOU, 1)
                    .trainedPlace("Trained", "Kungsholmen", BOU, 1)
                    .request("Other", district("Kungsholmen"))
                    .request(new Request("Supported", List.of(district("Kungsholmen")), false, Set.of(), Set.of("sv"),
                            true))
                    .seed(seed)
                    .build();

            AllocationResult result = allocate(problem);

            assertThat(result.assignments()).as("seed %d", seed)
                    .contains(new Assignment("Supported", "Trained", 1, false));
        }
    }

    @Test
    void extraSupportNeverCostsAChoice() {
        AllocationProblem problem = problem()
                .place("Untrained", "Kungsholmen", BOU, 1)
                .trainedPlace("Trained", "Bromma", BOU, 1)
                .request(new Request("Supported", List.of(place("Untrained"), place("Trained")), false, Set.of(),
                        Set.of("sv"), true))
                .build();

        AllocationResult result = allocate(problem);

        assertThat(result.assignments()).containsExactly(new Assignment("Supported", "Untrained", 1, false));
    }

    @Test
    void placingMoreStudentsComesBeforeFirstChoices() {
        AllocationProblem problem = problem()
                .place("P1", "Kungsholmen", BOU, 1)
                .place("P2", "Bromma", BOU, 1)
                .request("Flexible", place("P1"), place("P2"))
                .request("Fixed", place("P1"))
                .build();

        AllocationResult result = allocate(problem);

        assertThat(result.assignments()).containsExactly(
                new Assignment("Fixed", "P1", 1, false),
                new Assignment("Flexible", "P2", 2, false));
    }

    @Test
    void aPlaceMustOfferEveryRequiredLanguage() {
        AllocationProblem problem = problem()
                .place(new Place("Swedish", "Kungsholmen", "Enhet 1", BOU, 1, Set.of("sv"), false))
                .place(new Place("Bilingual", "Bromma", "Enhet 2", BOU, 1, Set.of("sv", "en"), false))
                .request(new Request("English", List.of(district("Kungsholmen"), district("Bromma")), false, Set.of(),
                        Set.of("sv", "en"), false))
                .request(new Request("Finnish", List.of(district("Kungsholmen")), false, Set.of(),
                        Set.of("sv", "fi"), false))
                .build();

        AllocationResult result = allocate(problem);

        assertThat(result.assignments()).containsExactly(new Assignment("English", "Bilingual", 2, false));
        assertThat(result.unplaced()).singleElement().satisfies(unplaced -> {
            assertThat(unplaced.studentKey()).isEqualTo("Finnish");
            assertThat(unplaced.reason()).isEqualTo(UnplacedReason.NO_PLACE_IN_REQUIRED_LANGUAGE);
        });
    }

    @Test
    void districtAndAreaEntriesMixInOneRankedList() {
        AllocationProblem problem = problem()
                .place("BrommaBoU", "Bromma", BOU, 1)
                .place("KungsholmenEkb", "Kungsholmen", EKB, 1)
                .request("S1", area(EKB), district("Bromma"))
                .build();

        AllocationResult result = allocate(problem);

        assertThat(result.assignments()).containsExactly(new Assignment("S1", "KungsholmenEkb", 1, false));
    }

    @Test
    void unrankedAcceptablePlacesCountAtTheLastRank() {
        AllocationProblem problem = problem()
                .place("P1", "Kungsholmen", BOU, 1)
                .place("P2", "Bromma", BOU, 1)
                .request("Ranked", place("P1"), place("P1"), place("P1"))
                .noPreference("Open", Set.of())
                .build();

        AllocationResult result = allocate(problem);

        assertThat(result.profile().countByRank()).containsExactly(1, 0, 0, 1);
        assertThat(result.assignments()).contains(new Assignment("Open", "P2", 4, false));
    }

    @Test
    void profileIsOptimalNotGreedy() {
        AllocationProblem problem = problem()
                .place("P1", "Kungsholmen", BOU, 1)
                .place("P2", "Bromma", BOU, 1)
                .place("P3", "Farsta", BOU, 1)
                .request("A", place("P1"), place("P2"))
                .request("B", place("P1"), place("P3"))
                .request("C", place("P2"))
                .build();

        AllocationResult result = allocate(problem);

        assertThat(result.profile().countByRank()).containsExactly(2, 1, 0);
        assertThat(result.assignments()).extracting(Assignment::studentKey, Assignment::placeKey).containsExactly(
                tuple("A", "P1"),
                tuple("B", "P3"),
                tuple("C", "P2"));
    }

    @Test
    void sameSeedSameResultAndTheSeedIsReported() {
        Problems builder = problem()
                .place("P1", "Kungsholmen", BOU, 1)
                .place("P2", "Kungsholmen", BOU, 1);
        for (int i = 0; i < 6; i++) {
            builder.request("S" + i, district("Kungsholmen"));
        }
        AllocationProblem problem = builder.seed(42).build();

        AllocationResult first = allocate(problem);
        AllocationResult second = allocate(problem);

        assertThat(second.assignments()).isEqualTo(first.assignments());
        assertThat(second.unplaced()).isEqualTo(first.unplaced());
        assertThat(first.seed()).isEqualTo(42);
    }

    @Test
    void studentsWithoutPreferenceMakeRoomForOneWhoRanksTheirPlace() {
        for (long seed = 0; seed < 20; seed++) {
            AllocationProblem problem = problem()
                    .place("P1", "Kungsholmen", BOU, 1)
                    .place("P2", "Bromma", BOU, 1)
                    .noPreference("Open1", Set.of())
                    .noPreference("Open2", Set.of())
                    .request("Ranked", place("P1"))
                    .seed(seed)
                    .build();

            AllocationResult result = allocate(problem);

            assertThat(result.assignments()).as("seed %d", seed).contains(new Assignment("Ranked", "P1", 1, false));
            assertThat(result.profile().countByRank()).as("seed %d", seed).containsExactly(1, 1);
            assertThat(result.unplaced()).as("seed %d", seed).singleElement()
                    .extracting(Unplaced::reason).isEqualTo(UnplacedReason.ALL_ACCEPTABLE_PLACES_FULL);
        }
    }

    @Test
    void anOpenRequestThatRanksAPlaceGetsItAtItsRankBesideAStudentWithoutPreference() {
        for (long seed = 0; seed < 20; seed++) {
            AllocationProblem problem = problem()
                    .place("P1", "Kungsholmen", BOU, 1)
                    .place("P2", "Bromma", BOU, 1)
                    .request(new Request("RanksP2", List.of(place("P2")), true, Set.of(), Set.of("sv"), false))
                    .noPreference("Open", Set.of())
                    .seed(seed)
                    .build();

            AllocationResult result = allocate(problem);

            assertThat(result.assignments()).as("seed %d", seed).containsExactly(
                    new Assignment("Open", "P1", 2, false),
                    new Assignment("RanksP2", "P2", 1, false));
        }
    }

    @Test
    void studentsWithoutPreferenceKeepTheirOwnExclusionsAndLanguages() {
        for (long seed = 0; seed < 20; seed++) {
            AllocationProblem problem = problem()
                    .place("Kungsholmen", "Kungsholmen", BOU, 1)
                    .place("Bromma", "Bromma", BOU, 1)
                    .place(new Place("English", "Farsta", "Enhet E", BOU, 1, Set.of("sv", "en"), false))
                    .noPreference("NotKungsholmen", Set.of("Kungsholmen", "Farsta"))
                    .noPreference("NotBromma", Set.of("Bromma", "Farsta"))
                    .request(new Request("NeedsEnglish", List.of(), true, Set.of(), Set.of("sv", "en"), false))
                    .seed(seed)
                    .build();

            AllocationResult result = allocate(problem);

            assertThat(result.assignments()).as("seed %d", seed)
                    .extracting(Assignment::studentKey, Assignment::placeKey)
                    .containsExactly(
                            tuple("NeedsEnglish", "English"),
                            tuple("NotBromma", "Kungsholmen"),
                            tuple("NotKungsholmen", "Bromma"));
        }
    }

    @Test
    void extraSupportStudentWithoutPreferenceGetsTheTrainedSupervisor() {
        for (long seed = 0; seed < 20; seed++) {
            AllocationProblem problem = problem()
                    .place("Untrained", "Kungsholmen", BOU, 1)
                    .trainedPlace("Trained", "Bromma", BOU, 1)
                    .noPreference("Open", Set.of())
                    .request(new Request("Supported", List.of(), true, Set.of(), Set.of("sv"), true))
                    .seed(seed)
                    .build();

            AllocationResult result = allocate(problem);

            assertThat(result.assignments()).as("seed %d", seed)
                    .contains(new Assignment("Supported", "Trained", 1, false));
        }
    }

    @Test
    void inconsistentInputIsRefused() {
        assertThatThrownBy(() -> problem().place("P1", "Kungsholmen", BOU, 1)
                .fixed("S1", "P1").fixed("S2", "P1").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacity");
        assertThatThrownBy(() -> problem().request("S1").request("S1").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("S1");
        assertThatThrownBy(() -> problem().fixed("S1", "Nowhere").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Nowhere");
    }

    private AllocationResult allocate(AllocationProblem problem) {
        AllocationResult result = allocator.allocate(problem);
        AllocationChecks.assertValid(problem, result);
        return result;
    }
}
