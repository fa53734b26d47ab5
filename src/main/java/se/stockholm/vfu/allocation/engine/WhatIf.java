package se.stockholm.vfu.allocation.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What one more place would buy: for each district-and-area pair asked about, exactly how many more students the
 * problem could place with one more place there, and with no limit on places there, besides sums per district and
 * per area. Only the number placed is asked about (the first criterion of {@link Allocator}), which is the same for
 * every optimal allocation, so the answers do not depend on the seed.
 * <p>
 * Exact, by maximum flow ({@link CardinalityNetwork}): a new place raises the most that can be placed exactly when
 * the residual network of a maximum flow has an augmenting path to it, that is when a student it is acceptable to is
 * reachable from an unplaced student by an alternating path. One breadth-first search from the unplaced students
 * answers that for every pair at once. How many it could absorb is the flow that can still be added with the new
 * place's arc to the sink unlimited; only pairs with a gain of one need that search. The most that can be placed is
 * a concave function of one arc's capacity, {@code min(F + c, F∞)} (the minimum cut either crosses the arc or not),
 * so {@code k} more places there place {@code min(k, absorbable)} more students.
 * <p>
 * A new place is acceptable to a request as any place would be ({@link Request#rankOf}): it matches a preference
 * entry for its district, its area or both, or the request accepts unranked places; it is outside the excluded
 * districts; and it works in every language the request requires. No request can have declined it or named it.
 */
public final class WhatIf {

    public WhatIfResult analyse(AllocationProblem problem, List<HypotheticalPlace> candidates) {
        long started = System.nanoTime();
        CandidateGraph graph = new CandidateGraph(problem);
        CardinalityNetwork network = new CardinalityNetwork(graph);
        int fixed = problem.fixedAssignments().size();
        int placeable = network.maximumFlow() + fixed;
        boolean[] reachable = network.studentsReachableFromUnplaced();
        int lastRank = graph.lastRank();

        List<boolean[]> accepts = new ArrayList<>();
        List<WhatIfGain> gains = new ArrayList<>();
        for (HypotheticalPlace candidate : candidates) {
            Place place = candidate.asPlace(1);
            boolean[] accepting = new boolean[graph.studentCount()];
            boolean helps = false;
            for (int student = 0; student < graph.studentCount(); student++) {
                accepting[student] = graph.request(student).rankOf(place, lastRank) > 0;
                helps |= accepting[student] && reachable[student];
            }
            accepts.add(accepting);
            int absorbable = helps ? network.gainWithExtraPlace(accepting, CardinalityNetwork.UNLIMITED) : 0;
            gains.add(new WhatIfGain(candidate.district(), candidate.area(), candidate.languages(), helps ? 1 : 0,
                    absorbable));
        }
        List<WhatIfSum> byDistrict = sums(candidates, gains, accepts, HypotheticalPlace::district, network);
        List<WhatIfSum> byArea = sums(candidates, gains, accepts, HypotheticalPlace::area, network);
        List<WhatIfGain> sorted = new ArrayList<>(gains);
        sorted.sort(Comparator.comparingInt(WhatIfGain::gainOfOne).reversed()
                .thenComparing(Comparator.comparingInt(WhatIfGain::absorbable).reversed())
                .thenComparing(WhatIfGain::district).thenComparing(WhatIfGain::area));
        return new WhatIfResult(placeable, problem.requests().size(), sorted, byDistrict, byArea,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static List<WhatIfSum> sums(List<HypotheticalPlace> candidates, List<WhatIfGain> gains,
                                        List<boolean[]> accepts, Function<HypotheticalPlace, String> key,
                                        CardinalityNetwork network) {
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            members.computeIfAbsent(key.apply(candidates.get(i)), name -> new ArrayList<>()).add(i);
        }
        List<WhatIfSum> sums = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> entry : members.entrySet()) {
            int helping = 0;
            int absorbableSum = 0;
            // a pair that cannot place one more alone carries no flow when all are opened together either: the
            // added flow splits into augmenting paths of the kept residual network, each ending at a pair that helps
            boolean[] together = null;
            for (int i : entry.getValue()) {
                helping += gains.get(i).gainOfOne();
                absorbableSum += gains.get(i).absorbable();
                if (gains.get(i).gainOfOne() > 0) {
                    together = together == null ? accepts.get(i).clone() : or(together, accepts.get(i));
                }
            }
            int absorbableTogether = together == null ? 0
                    : network.gainWithExtraPlace(together, CardinalityNetwork.UNLIMITED);
            sums.add(new WhatIfSum(entry.getKey(), helping, absorbableSum, absorbableTogether));
        }
        sums.sort(Comparator.comparingInt(WhatIfSum::helpingPairs).reversed()
                .thenComparing(Comparator.comparingInt(WhatIfSum::absorbableTogether).reversed())
                .thenComparing(WhatIfSum::name));
        return sums;
    }

    private static boolean[] or(boolean[] into, boolean[] other) {
        for (int i = 0; i < into.length; i++) {
            into[i] |= other[i];
        }
        return into;
    }
}
