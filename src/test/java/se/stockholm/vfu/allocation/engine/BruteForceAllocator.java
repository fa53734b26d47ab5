package se.stockholm.vfu.allocation.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The optimum by exhaustion: tries every way of giving each open request one acceptable place or
 * none within capacity, and keeps the best score. Only for the handful of students the properties
 * generate; it is the independent truth the engine is measured against.
 */
final class BruteForceAllocator {

    private final AllocationProblem problem;
    private final List<Request> open;
    private final int lastRank;
    private final Map<String, Integer> freeCapacity;
    private final Map<String, String> placeByStudent = new HashMap<>();
    private Score best;

    private BruteForceAllocator(AllocationProblem problem) {
        this.problem = problem;
        this.open = Reference.openRequests(problem);
        this.lastRank = Reference.lastRank(problem);
        this.freeCapacity = Reference.freeCapacity(problem);
        problem.fixedAssignments().forEach(fixed -> placeByStudent.put(fixed.studentKey(), fixed.placeKey()));
    }

    static Score optimum(AllocationProblem problem) {
        BruteForceAllocator search = new BruteForceAllocator(problem);
        search.tryFrom(0);
        return search.best;
    }

    private void tryFrom(int index) {
        if (index == open.size()) {
            Score score = Score.of(problem, placeByStudent);
            if (best == null || score.compareTo(best) > 0) {
                best = score;
            }
            return;
        }
        Request request = open.get(index);
        tryFrom(index + 1);
        for (Place place : problem.places()) {
            if (Reference.rank(request, place, lastRank) > 0 && freeCapacity.get(place.key()) > 0) {
                freeCapacity.merge(place.key(), -1, Integer::sum);
                placeByStudent.put(request.studentKey(), place.key());
                tryFrom(index + 1);
                placeByStudent.remove(request.studentKey());
                freeCapacity.merge(place.key(), 1, Integer::sum);
            }
        }
    }
}
