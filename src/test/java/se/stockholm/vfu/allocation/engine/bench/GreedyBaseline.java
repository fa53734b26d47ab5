package se.stockholm.vfu.allocation.engine.bench;

import se.stockholm.vfu.allocation.engine.AllocationProblem;
import se.stockholm.vfu.allocation.engine.FixedAssignment;
import se.stockholm.vfu.allocation.engine.Place;
import se.stockholm.vfu.allocation.engine.Preference;
import se.stockholm.vfu.allocation.engine.Request;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * First come, first served: each request in turn takes its best-ranked acceptable place that still
 * has room. This is what allocating by hand in arrival order amounts to, and the figure the
 * benchmark sets beside the engine's.
 */
final class GreedyBaseline {

    /** How many were placed (fixed ones included) and how many at each rank. */
    record Outcome(int placed, int[] countByRank) {
    }

    static Outcome allocate(AllocationProblem problem) {
        int lastRank = problem.lastRank();
        Map<String, Integer> room = new HashMap<>();
        Map<String, Place> byKey = new HashMap<>();
        problem.places().forEach(place -> {
            room.put(place.key(), place.capacity());
            byKey.put(place.key(), place);
        });
        Set<String> fixedStudents = new HashSet<>();
        for (FixedAssignment fixed : problem.fixedAssignments()) {
            room.merge(fixed.placeKey(), -1, Integer::sum);
            fixedStudents.add(fixed.studentKey());
        }
        int placed = fixedStudents.size();
        int[] countByRank = new int[lastRank];
        for (Request request : problem.requests()) {
            if (fixedStudents.contains(request.studentKey())) {
                continue;
            }
            Place best = bestWithRoom(request, problem.places(), byKey, room, lastRank);
            if (best != null) {
                room.merge(best.key(), -1, Integer::sum);
                countByRank[request.rankOf(best, lastRank) - 1]++;
                placed++;
            }
        }
        return new Outcome(placed, countByRank);
    }

    private static Place bestWithRoom(Request request, List<Place> places, Map<String, Place> byKey,
                                      Map<String, Integer> room, int lastRank) {
        for (Preference preference : request.preferences()) {
            List<Place> candidates = preference instanceof Preference.SinglePlace single
                    ? (byKey.containsKey(single.placeKey()) ? List.of(byKey.get(single.placeKey())) : List.of())
                    : places;
            for (Place place : candidates) {
                if (preference.matches(place) && room.get(place.key()) > 0 && request.rankOf(place, lastRank) > 0) {
                    return place;
                }
            }
        }
        if (request.acceptsUnrankedPlaces()) {
            for (Place place : places) {
                if (room.get(place.key()) > 0 && request.rankOf(place, lastRank) > 0) {
                    return place;
                }
            }
        }
        return null;
    }
}
