package se.stockholm.vfu.allocation.engine;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Independent answers from JGraphT for instances too big to enumerate: the maximum number placeable
 * by a textbook maximum flow, and the optimum by a scalar minimum-cost flow whose weights encode
 * the lexicographic objective. Those weights grow like {@code (n+1)^(ranks+2)} and JGraphT's
 * capacity scaling needs costs below about 1e9 (larger costs overflow its arithmetic), so the second oracle only
 * serves small rank counts and up to some twenty students, which is exactly why the engine does not
 * work this way.
 */
final class JGraphTOracles {

    private static final String SOURCE = "source";
    private static final String SINK = "sink";
    private static final String UNPLACED = "unplaced";

    private JGraphTOracles() {
    }

    /** The most students placeable, fixed ones included, from a maximum flow. */
    static int maxPlaceable(AllocationProblem problem) {
        Graph<String, DefaultWeightedEdge> network = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        network.addVertex(SOURCE);
        network.addVertex(SINK);
        int lastRank = Reference.lastRank(problem);
        Map<String, Integer> free = Reference.freeCapacity(problem);
        for (Place place : problem.places()) {
            network.addVertex(placeVertex(place));
            network.setEdgeWeight(network.addEdge(placeVertex(place), SINK), free.get(place.key()));
        }
        for (Request request : Reference.openRequests(problem)) {
            network.addVertex(studentVertex(request));
            network.setEdgeWeight(network.addEdge(SOURCE, studentVertex(request)), 1);
            for (Place place : problem.places()) {
                if (Reference.rank(request, place, lastRank) > 0) {
                    network.setEdgeWeight(network.addEdge(studentVertex(request), placeVertex(place)), 1);
                }
            }
        }
        double flow = new PushRelabelMFImpl<>(network).getMaximumFlowValue(SOURCE, SINK);
        return (int) Math.round(flow) + problem.fixedAssignments().size();
    }

    /**
     * The optimum score from a scalar minimum-cost flow. Every open student sends one unit either to
     * a place or to an "unplaced" node; the gain of a placement at rank r is
     * {@code B^(R+1) + B^(R+1-r) + bonus} with base {@code B = students + 1}, large enough that no
     * count carries into the next criterion.
     */
    static Score scalarOptimum(AllocationProblem problem) {
        List<Request> open = Reference.openRequests(problem);
        int lastRank = Reference.lastRank(problem);
        long base = open.size() + 1L;
        long placedWeight = power(base, lastRank + 1);
        long unplacedCost = 2 * placedWeight;
        if (unplacedCost >= 1_000_000_000L) {
            throw new IllegalArgumentException("Too large for scalar weights: " + unplacedCost);
        }
        Graph<String, DefaultWeightedEdge> network = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        Map<DefaultWeightedEdge, String[]> assignmentOfEdge = new HashMap<>();
        network.addVertex(SINK);
        network.addVertex(UNPLACED);
        capacity.put(addArc(network, UNPLACED, SINK, 0), open.size());
        Map<String, Integer> free = Reference.freeCapacity(problem);
        for (Place place : problem.places()) {
            network.addVertex(placeVertex(place));
            capacity.put(addArc(network, placeVertex(place), SINK, 0), free.get(place.key()));
        }
        for (Request request : open) {
            network.addVertex(studentVertex(request));
            capacity.put(addArc(network, studentVertex(request), UNPLACED, unplacedCost), 1);
            for (Place place : problem.places()) {
                int rank = Reference.rank(request, place, lastRank);
                if (rank > 0) {
                    long gain = placedWeight + power(base, lastRank + 1 - rank)
                            + (request.needsExtraSupport() && place.supervisorTrained() ? 1 : 0);
                    DefaultWeightedEdge arc = addArc(network, studentVertex(request), placeVertex(place),
                            unplacedCost - gain);
                    capacity.put(arc, 1);
                    assignmentOfEdge.put(arc, new String[] {request.studentKey(), place.key()});
                }
            }
        }
        Map<String, Integer> supply = new HashMap<>();
        open.forEach(request -> supply.put(studentVertex(request), 1));
        supply.put(SINK, -open.size());
        MinimumCostFlowProblem<String, DefaultWeightedEdge> flowProblem =
                new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(network,
                        vertex -> supply.getOrDefault(vertex, 0), capacity::get);
        MinimumCostFlowAlgorithm.MinimumCostFlow<DefaultWeightedEdge> flow =
                new CapacityScalingMinimumCostFlow<String, DefaultWeightedEdge>().getMinimumCostFlow(flowProblem);

        Map<String, String> placeByStudent = new HashMap<>();
        problem.fixedAssignments().forEach(fixed -> placeByStudent.put(fixed.studentKey(), fixed.placeKey()));
        assignmentOfEdge.forEach((arc, pair) -> {
            if (flow.getFlow(arc) > 0.5) {
                placeByStudent.put(pair[0], pair[1]);
            }
        });
        return Score.of(problem, placeByStudent);
    }

    private static DefaultWeightedEdge addArc(Graph<String, DefaultWeightedEdge> network, String from, String to,
                                              long cost) {
        DefaultWeightedEdge arc = network.addEdge(from, to);
        network.setEdgeWeight(arc, cost);
        return arc;
    }

    private static long power(long base, int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }

    private static String studentVertex(Request request) {
        return "student:" + request.studentKey();
    }

    private static String placeVertex(Place place) {
        return "place:" + place.key();
    }
}
