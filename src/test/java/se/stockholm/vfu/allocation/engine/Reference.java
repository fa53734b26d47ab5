package se.stockholm.vfu.allocation.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules written out again, as plainly as possible and without the engine's indexes, so that the
 * oracles and checks in the tests do not share the engine's mistakes.
 */
final class Reference {

    private Reference() {
    }

    static int lastRank(AllocationProblem problem) {
        int longest = 0;
        for (Request request : problem.requests()) {
            longest = Math.max(longest, request.preferences().size());
        }
        return longest + 1;
    }

    /** The rank the request gives the place, or 0 if the place is not acceptable to it. */
    static int rank(Request request, Place place, int lastRank) {
        if (request.excludedDistricts().contains(place.district()) || request.excludedPlaces().contains(place.key())
                || !place.languages().containsAll(request.requiredLanguages())) {
            return 0;
        }
        List<Preference> preferences = request.preferences();
        for (int i = 0; i < preferences.size(); i++) {
            if (matches(preferences.get(i), place)) {
                return i + 1;
            }
        }
        return request.acceptsUnrankedPlaces() ? lastRank : 0;
    }

    private static boolean matches(Preference preference, Place place) {
        if (preference instanceof Preference.InDistrict d) {
            return d.district().equals(place.district());
        }
        if (preference instanceof Preference.InArea a) {
            return a.area().equals(place.area());
        }
        if (preference instanceof Preference.InDistrictAndArea both) {
            return both.district().equals(place.district()) && both.area().equals(place.area());
        }
        return ((Preference.SinglePlace) preference).placeKey().equals(place.key());
    }

    /** Capacity left for the engine once the fixed assignments are counted. */
    static Map<String, Integer> freeCapacity(AllocationProblem problem) {
        Map<String, Integer> free = new HashMap<>();
        problem.places().forEach(place -> free.put(place.key(), place.capacity()));
        problem.fixedAssignments().forEach(fixed -> free.merge(fixed.placeKey(), -1, Integer::sum));
        return free;
    }

    static boolean isFixed(AllocationProblem problem, String studentKey) {
        return problem.fixedAssignments().stream().anyMatch(fixed -> fixed.studentKey().equals(studentKey));
    }

    static List<Request> openRequests(AllocationProblem problem) {
        return problem.requests().stream().filter(request -> !isFixed(problem, request.studentKey())).toList();
    }
}
