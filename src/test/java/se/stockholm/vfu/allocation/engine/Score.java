package se.stockholm.vfu.allocation.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the objective ranks, criterion by criterion: students placed, placed per rank, extra-support
 * students with a trained supervisor. Two allocations are equally good exactly when their scores
 * are equal; the better of two is the lexicographically greater.
 */
record Score(int placed, List<Integer> profile, int supportedByTrained) implements Comparable<Score> {

    /** Scores a complete list of student-place pairs, fixed ones included, with the reference rules. */
    static Score of(AllocationProblem problem, Map<String, String> placeByStudent) {
        int lastRank = Reference.lastRank(problem);
        Map<String, Request> requests = new HashMap<>();
        problem.requests().forEach(request -> requests.put(request.studentKey(), request));
        Map<String, Place> places = new HashMap<>();
        problem.places().forEach(place -> places.put(place.key(), place));
        int[] profile = new int[lastRank];
        int supported = 0;
        for (Map.Entry<String, String> entry : placeByStudent.entrySet()) {
            Request request = requests.get(entry.getKey());
            Place place = places.get(entry.getValue());
            if (request == null) {
                continue;
            }
            int rank = Reference.rank(request, place, lastRank);
            if (rank > 0) {
                profile[rank - 1]++;
            }
            if (request.needsExtraSupport() && place.supervisorTrained()) {
                supported++;
            }
        }
        return new Score(placeByStudent.size(), Arrays.stream(profile).boxed().toList(), supported);
    }

    static Score of(AllocationProblem problem, AllocationResult result) {
        Map<String, String> placeByStudent = new HashMap<>();
        result.assignments().forEach(assignment -> placeByStudent.put(assignment.studentKey(), assignment.placeKey()));
        return of(problem, placeByStudent);
    }

    @Override
    public int compareTo(Score other) {
        if (placed != other.placed) {
            return Integer.compare(placed, other.placed);
        }
        for (int i = 0; i < profile.size(); i++) {
            if (!profile.get(i).equals(other.profile.get(i))) {
                return Integer.compare(profile.get(i), other.profile.get(i));
            }
        }
        return Integer.compare(supportedByTrained, other.supportedByTrained);
    }
}
