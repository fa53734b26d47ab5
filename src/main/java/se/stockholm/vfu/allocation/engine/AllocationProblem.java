package se.stockholm.vfu.allocation.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one allocation run needs: the requests, the places offered, the placements already
 * fixed and the options. The constructor rejects inconsistent input (duplicate keys, fixed
 * assignments to unknown places or beyond a place's capacity), so the engine never has to guess.
 */
public record AllocationProblem(List<Request> requests, List<Place> places,
                                List<FixedAssignment> fixedAssignments, AllocationOptions options) {

    public AllocationProblem {
        requests = List.copyOf(requests);
        places = List.copyOf(places);
        fixedAssignments = List.copyOf(fixedAssignments);
        Objects.requireNonNull(options, "options");
        requireUniqueStudents(requests);
        requireFixedWithinCapacity(places, fixedAssignments);
    }

    /**
     * The rank of acceptable places that match no preference entry: one after the longest list,
     * the same for every request so that ranks mean the same in the whole profile.
     */
    public int lastRank() {
        return requests.stream().mapToInt(request -> request.preferences().size()).max().orElse(0) + 1;
    }

    private static void requireUniqueStudents(List<Request> requests) {
        Set<String> seen = new HashSet<>();
        for (Request request : requests) {
            if (!seen.add(request.studentKey())) {
                throw new IllegalArgumentException("Two requests for student " + request.studentKey());
            }
        }
    }

    private static void requireFixedWithinCapacity(List<Place> places, List<FixedAssignment> fixedAssignments) {
        Map<String, Integer> freeCapacity = new HashMap<>();
        for (Place place : places) {
            if (freeCapacity.put(place.key(), place.capacity()) != null) {
                throw new IllegalArgumentException("Two places with key " + place.key());
            }
        }
        Set<String> fixedStudents = new HashSet<>();
        for (FixedAssignment fixed : fixedAssignments) {
            if (!fixedStudents.add(fixed.studentKey())) {
                throw new IllegalArgumentException("Student " + fixed.studentKey() + " is fixed twice");
            }
            Integer free = freeCapacity.get(fixed.placeKey());
            if (free == null) {
                throw new IllegalArgumentException("Fixed assignment to unknown place " + fixed.placeKey());
            }
            if (free == 0) {
                throw new IllegalArgumentException("Fixed assignments exceed the capacity of place " + fixed.placeKey());
            }
            freeCapacity.put(fixed.placeKey(), free - 1);
        }
    }
}
