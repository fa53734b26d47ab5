package se.stockholm.vfu.allocation.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Allocates places to requests. The hard rules always hold: no student in an excluded district, in
 * a place lacking a required language or beyond a place's capacity, and fixed assignments stay. Within
 * them the allocation is exactly optimal, lexicographically: (1) the most students placed; (2) then the
 * best rank profile, most first choices, then most second choices and so on; (3) then the most
 * students needing extra support with a trained supervisor; (4) remaining ties are broken by the
 * seed, so the same problem and seed always give the same result.
 * <p>
 * The class only assembles the result; {@link LexicographicMatching} does the optimisation,
 * {@link ShortageAnalysis} and {@link UnplacedExplanation} read what the final flow proves.
 * Stateless and safe to share.
 */
public final class Allocator {

    public AllocationResult allocate(AllocationProblem problem) {
        long started = System.nanoTime();
        CandidateGraph graph = new CandidateGraph(problem);
        LexicographicMatching matching = graph.newMatching();
        matching.solve();

        List<Assignment> assignments = new ArrayList<>(fixedAssignments(problem));
        List<Unplaced> unplaced = new ArrayList<>();
        List<ShortageGroup> shortage = new ShortageAnalysis(graph, matching).groups();
        UnplacedExplanation explanation = new UnplacedExplanation(graph, matching, shortage);
        for (int student = 0; student < graph.studentCount(); student++) {
            int place = matching.assignedPlace(student);
            String studentKey = graph.request(student).studentKey();
            if (place < 0) {
                unplaced.add(explanation.explain(student));
            } else {
                assignments.add(new Assignment(studentKey, graph.place(place).key(), graph.rank(student, place), false));
            }
        }
        assignments.sort(Comparator.comparing(Assignment::studentKey));
        unplaced.sort(Comparator.comparing(Unplaced::studentKey));

        int capacity = problem.places().stream().mapToInt(Place::capacity).sum();
        Ceiling ceiling = new Ceiling(problem.requests().size(), problem.places().size(), capacity,
                assignments.size());
        return new AllocationResult(assignments, unplaced, profile(assignments, graph.lastRank()),
                assignments.size(), ceiling, shortage, problem.options().seed(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static List<Assignment> fixedAssignments(AllocationProblem problem) {
        Map<String, Request> requestByStudent = new HashMap<>();
        problem.requests().forEach(request -> requestByStudent.put(request.studentKey(), request));
        Map<String, Place> placeByKey = new HashMap<>();
        problem.places().forEach(place -> placeByKey.put(place.key(), place));
        int lastRank = problem.lastRank();
        List<Assignment> fixed = new ArrayList<>();
        for (FixedAssignment assignment : problem.fixedAssignments()) {
            Request request = requestByStudent.get(assignment.studentKey());
            int rank = request == null ? Assignment.OUTSIDE_PREFERENCES
                    : request.rankOf(placeByKey.get(assignment.placeKey()), lastRank);
            fixed.add(new Assignment(assignment.studentKey(), assignment.placeKey(), rank, true));
        }
        return fixed;
    }

    private static RankProfile profile(List<Assignment> assignments, int lastRank) {
        int[] counts = new int[lastRank];
        for (Assignment assignment : assignments) {
            if (assignment.rank() != Assignment.OUTSIDE_PREFERENCES) {
                counts[assignment.rank() - 1]++;
            }
        }
        return new RankProfile(Arrays.stream(counts).boxed().toList());
    }
}
