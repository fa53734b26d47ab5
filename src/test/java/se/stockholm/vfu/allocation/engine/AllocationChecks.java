package se.stockholm.vfu.allocation.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assertions every result must pass whatever the problem: the hard rules, a consistent result and
 * shortage groups that really are deficient sets. Checked with {@link Reference}, not the engine.
 */
final class AllocationChecks {

    private AllocationChecks() {
    }

    static void assertValid(AllocationProblem problem, AllocationResult result) {
        assertHardRules(problem, result);
        assertConsistent(problem, result);
        assertShortageIsDeficient(problem, result);
    }

    static void assertHardRules(AllocationProblem problem, AllocationResult result) {
        int lastRank = Reference.lastRank(problem);
        Map<String, Place> places = problem.places().stream().collect(Collectors.toMap(Place::key, p -> p));
        Map<String, Request> requests = problem.requests().stream()
                .collect(Collectors.toMap(Request::studentKey, r -> r));
        Map<String, Integer> load = new HashMap<>();
        Set<String> students = new HashSet<>();
        for (Assignment assignment : result.assignments()) {
            assertThat(students.add(assignment.studentKey())).as("placed once: %s", assignment).isTrue();
            Place place = places.get(assignment.placeKey());
            assertThat(place).as("known place: %s", assignment).isNotNull();
            load.merge(place.key(), 1, Integer::sum);
            if (!assignment.fixed()) {
                Request request = requests.get(assignment.studentKey());
                int rank = Reference.rank(request, place, lastRank);
                assertThat(rank).as("acceptable (not excluded, languages offered): %s", assignment).isPositive();
                assertThat(assignment.rank()).as("rank reported: %s", assignment).isEqualTo(rank);
                assertThat(request.excludedDistricts()).doesNotContain(place.district());
                assertThat(request.excludedPlaces()).doesNotContain(place.key());
                assertThat(request.requiredLanguages()).isSubsetOf(place.languages());
            }
        }
        load.forEach((placeKey, count) ->
                assertThat(count).as("load of %s", placeKey).isLessThanOrEqualTo(places.get(placeKey).capacity()));
        for (FixedAssignment fixed : problem.fixedAssignments()) {
            assertThat(result.assignments())
                    .filteredOn(assignment -> assignment.studentKey().equals(fixed.studentKey()))
                    .singleElement()
                    .satisfies(assignment -> {
                        assertThat(assignment.placeKey()).isEqualTo(fixed.placeKey());
                        assertThat(assignment.fixed()).isTrue();
                    });
        }
        assertThat(result.assignments()).filteredOn(Assignment::fixed).hasSize(problem.fixedAssignments().size());
    }

    static void assertConsistent(AllocationProblem problem, AllocationResult result) {
        Set<String> placed = result.assignments().stream().map(Assignment::studentKey).collect(Collectors.toSet());
        Set<String> unplaced = result.unplaced().stream().map(Unplaced::studentKey).collect(Collectors.toSet());
        assertThat(placed).as("placed and unplaced at once").noneMatch(unplaced::contains);
        Set<String> requested = problem.requests().stream().map(Request::studentKey).collect(Collectors.toSet());
        assertThat(unplaced).hasSize(result.unplaced().size());
        Set<String> accounted = new HashSet<>(unplaced);
        accounted.addAll(placed);
        assertThat(requested).isSubsetOf(accounted);
        assertThat(unplaced).isSubsetOf(requested);
        assertThat(result.placedCount()).isEqualTo(result.assignments().size());
        assertThat(result.ceiling().maxPlaceable()).isEqualTo(result.placedCount());
        assertThat(result.ceiling().requests()).isEqualTo(problem.requests().size());
        assertThat(result.ceiling().places()).isEqualTo(problem.places().size());
        int ranked = (int) result.assignments().stream().filter(a -> a.rank() > 0).count();
        assertThat(result.profile().countByRank().stream().mapToInt(Integer::intValue).sum()).isEqualTo(ranked);
        assertThat(result.profile().lastRank()).isEqualTo(Reference.lastRank(problem));
        assertThat(result.seed()).isEqualTo(problem.options().seed());
    }

    /**
     * Each group must be a set of students whose acceptable places, all of them, have less free
     * capacity than the group has students; together the groups account for every unplaced student.
     */
    static void assertShortageIsDeficient(AllocationProblem problem, AllocationResult result) {
        int lastRank = Reference.lastRank(problem);
        Map<String, Integer> free = Reference.freeCapacity(problem);
        Map<String, Request> requests = problem.requests().stream()
                .collect(Collectors.toMap(Request::studentKey, r -> r));
        int shortfall = 0;
        Set<String> inGroups = new HashSet<>();
        for (ShortageGroup group : result.shortage()) {
            Set<String> acceptable = new HashSet<>();
            for (String student : group.studentKeys()) {
                assertThat(inGroups.add(student)).as("in one group only: %s", student).isTrue();
                for (Place place : problem.places()) {
                    if (Reference.rank(requests.get(student), place, lastRank) > 0) {
                        acceptable.add(place.key());
                    }
                }
            }
            int capacity = acceptable.stream().mapToInt(free::get).sum();
            assertThat(group.capacity()).isEqualTo(capacity);
            assertThat(group.demand()).isEqualTo(group.studentKeys().size()).isGreaterThan(capacity);
            assertThat(group.capacityByDistrict().values().stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(capacity);
            shortfall += group.shortfall();
        }
        assertThat(shortfall).isEqualTo(result.unplaced().size());
        List<String> unplaced = result.unplaced().stream().map(Unplaced::studentKey).toList();
        assertThat(unplaced).isSubsetOf(inGroups);
    }
}
