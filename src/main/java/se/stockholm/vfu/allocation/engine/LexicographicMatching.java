package se.stockholm.vfu.allocation.engine;

import java.util.Arrays;

/**
 * Finds, among all maximum-cardinality assignments of students to places within capacity, one with
 * the lexicographically best cost vector: the most first choices, then the most second choices and
 * so on, then the most students needing extra support with a trained supervisor.
 * <p>
 * It is a minimum-cost flow whose costs are vectors compared lexicographically instead of numbers:
 * numeric weights that encode the same order, such as {@code (n+1)^rank}, overflow every integer
 * type at this problem's size. Shortest-path theory only needs a totally ordered group, so the
 * successive-shortest-path method works unchanged on vectors. Every student must go somewhere: to a
 * place, or to an "unplaced" node of unlimited capacity whose cost leads with a component no place
 * has. Students are added one at a time (the Hungarian method); each addition augments along the
 * cheapest path from the new student, found by Dijkstra with potentials, and keeps the assignment
 * of the students added so far the cheapest one. Distances and potentials are {@code long}: they grow
 * by at most a path's length per addition.
 * <p>
 * Cost components, for an edge to a place at rank {@code r}: 0 in the first ("unplaced") component,
 * 0 in component {@code r} and 1 in the other rank components, 0 in the last component if it puts an
 * extra-support student with a trained supervisor and 1 otherwise. The unplaced edge costs 1
 * everywhere. Summed over all students this is (unplaced, students − first choices, students −
 * second choices, ..., students − supported), whose lexicographic minimum is the objective; and no
 * cost is negative. A component in which every edge costs the same (a rank no edge has, the support
 * component when no edge earns the bonus) adds the same to every assignment and is left out.
 * <p>
 * <b>Hubs.</b> A student who accepts unranked places reaches them through the hub of its group
 * (same exclusions, languages and extra-support flag): an edge of cost 0 to the hub, and from the
 * hub an uncapacitated arc to each place the group accepts, costing that place at the last rank.
 * Every member accepts every hub place at the last rank, so a unit through the hub costs exactly
 * what the member's own edge to that place would; any hub flow can be handed out to the members
 * routed through it in any pairing. A member may also rank a hub place and then has its own edge
 * to it at the better rank; through the hub it would count at the last rank, so such a pairing is
 * never optimal: moving the member to its own edge, taking the hub's unit back, is a cycle that is
 * strictly cheaper in the rank component of the better rank. Hence the optimum over the network
 * with hubs equals the optimum over the network with all edges, and in an optimal flow no member
 * routed through a hub ranks a place the hub sends flow to: the pairing reports true ranks.
 * <p>
 * <b>Speed.</b> Students whose cheapest edge (best rank, then the support bonus) leads to a place
 * with room are placed there first, before any search: every such student pays its own minimum, so
 * the partial assignment is the cheapest for them, and potentials that price each such student at
 * minus its edge's cost make every residual arc non-negative. The other students are added by
 * Dijkstra, which stops as soon as the sink is as close as the node being settled: a place with
 * room reached at zero reduced cost ends the search at once. Places with room keep potential 0
 * (their occupancy only grows, and one reached with room is exactly as far as the sink), so
 * settling such a place means the sink is at the same distance. Nodes first reached at exactly the
 * distance of the node being settled skip the heap ({@link #sameDistance}), and the heap compares a
 * packed prefix of the distances first ({@link #updatePrefixKey(int)}).
 * <p>
 * Nodes: students {@code 0..n-1}; then targets: places {@code 0..m-1}, the unplaced node {@code m},
 * hubs {@code m+1..}, as nodes {@code n+target}; then the sink. The order of students and edges
 * decides among equally good assignments, which is how the caller's seeded shuffle takes effect.
 */
final class LexicographicMatching {

    private static final int NONE = -1;

    /** What the arc into a node on the current search tree is. */
    private static final byte FORWARD_EDGE = 0;
    private static final byte BACKWARD_EDGE = 1;
    private static final byte FORWARD_HUB_ARC = 2;
    private static final byte BACKWARD_HUB_ARC = 3;
    private static final byte TO_SINK = 4;

    /** Cost rows: {@code UNPLACED_COST}, {@code ZERO_COST}, then {@code 2 * rank + bonus}. */
    private static final int UNPLACED_COST = 0;
    private static final int ZERO_COST = 1;

    /** See {@link #updatePrefixKey(int)}: each component biased into 16 bits, never all zero. */
    private static final int PREFIX_COMPONENTS = 4;
    private static final long PREFIX_BIAS = 1 << 15;
    private static final long NO_PREFIX_KEY = Long.MIN_VALUE;

    private final int studentCount;
    private final int placeCount;
    private final int unplacedTarget;
    private final int hubCount;
    private final int sink;
    private final int components;
    private final long[] costRows;

    private final int[] studentEdgeStart;
    private final int[] edgeTarget;
    private final int[] edgeCost;
    private final int[] edgeStudent;

    private final int[] hubArcStart;
    private final int[] hubArcPlace;
    private final int[] hubArcCost;
    private final int[] hubOfArc;

    private final int[] capacity;
    private final int[] assignedEdge;
    private final Occupants occupants;

    private final long[] potential;
    private final long[] distance;
    private final byte[] arcTypeInto;
    private final int[] arcInto;
    private final int[] predecessor;
    private final long[] candidate;
    /** Distance plus potential of the node being settled: what every arc out of it starts from. */
    private final long[] origin;
    private final long[] prefixKey;
    private final int[] reachedInRound;
    private final int[] settledInRound;
    private final int[] settled;
    private int settledCount;
    /**
     * Nodes first reached at exactly the distance of the node being settled, through an arc of
     * reduced cost 0. Nothing can be closer, so they are settled next without the heap: a student
     * is always reached so from its place (the reverse of an assigned edge has reduced cost 0), and
     * late in the run most of the graph is such a plateau.
     */
    private final int[] sameDistance;
    private int sameDistanceCount;
    private int round;
    private final IndexedHeap heap;

    private int[] assignedPlace;

    /**
     * @param placeCapacity    free capacity of each place
     * @param studentEdgeStart edges of student {@code s} are {@code studentEdgeStart[s]..studentEdgeStart[s+1]-1}
     * @param edgePlace        the place each edge leads to
     * @param edgeRank         the rank, {@code 1..rankCount}, the student gives that place
     * @param edgeSupportBonus whether the edge puts an extra-support student with a trained supervisor
     * @param studentHub       each student's hub, or -1
     * @param hubPlaces        the places each hub leads to, at the last rank
     * @param hubSupportBonus  per hub and place, whether its members earn the support bonus there
     * @param rankCount        the last rank
     */
    LexicographicMatching(int[] placeCapacity, int[] studentEdgeStart, int[] edgePlace, int[] edgeRank,
                          boolean[] edgeSupportBonus, int[] studentHub, int[][] hubPlaces,
                          boolean[][] hubSupportBonus, int rankCount) {
        this.studentCount = studentEdgeStart.length - 1;
        this.placeCount = placeCapacity.length;
        this.unplacedTarget = placeCount;
        this.hubCount = hubPlaces.length;
        int targetCount = placeCount + 1 + hubCount;
        this.sink = studentCount + targetCount;

        boolean[] rankUsed = new boolean[rankCount + 1];
        boolean anyBonus = false;
        for (int edge = 0; edge < edgePlace.length; edge++) {
            rankUsed[edgeRank[edge]] = true;
            anyBonus |= edgeSupportBonus[edge];
        }
        int hubArcCount = 0;
        for (int hub = 0; hub < hubCount; hub++) {
            rankUsed[rankCount] = true;
            hubArcCount += hubPlaces[hub].length;
            for (boolean bonus : hubSupportBonus[hub]) {
                anyBonus |= bonus;
            }
        }
        this.costRows = costRows(rankUsed, anyBonus);
        this.components = costRows.length / (2 * rankCount + 2);

        int edgeCount = edgePlace.length + studentCount + (int) Arrays.stream(studentHub).filter(h -> h >= 0).count();
        this.studentEdgeStart = new int[studentCount + 1];
        this.edgeTarget = new int[edgeCount];
        this.edgeCost = new int[edgeCount];
        this.edgeStudent = new int[edgeCount];
        int[] hubMembers = new int[hubCount];
        int edge = 0;
        for (int student = 0; student < studentCount; student++) {
            this.studentEdgeStart[student] = edge;
            for (int real = studentEdgeStart[student]; real < studentEdgeStart[student + 1]; real++) {
                addEdge(edge++, student, edgePlace[real], 2 * edgeRank[real] + (edgeSupportBonus[real] ? 1 : 0));
            }
            if (studentHub[student] >= 0) {
                hubMembers[studentHub[student]]++;
                addEdge(edge++, student, placeCount + 1 + studentHub[student], ZERO_COST);
            }
            addEdge(edge++, student, unplacedTarget, UNPLACED_COST);
        }
        this.studentEdgeStart[studentCount] = edge;

        this.hubArcStart = new int[hubCount + 1];
        this.hubArcPlace = new int[hubArcCount];
        this.hubArcCost = new int[hubArcCount];
        this.hubOfArc = new int[hubArcCount];
        int arc = 0;
        for (int hub = 0; hub < hubCount; hub++) {
            hubArcStart[hub] = arc;
            for (int i = 0; i < hubPlaces[hub].length; i++) {
                hubArcPlace[arc] = hubPlaces[hub][i];
                hubArcCost[arc] = 2 * rankCount + (hubSupportBonus[hub][i] ? 1 : 0);
                hubOfArc[arc++] = hub;
            }
        }
        hubArcStart[hubCount] = arc;

        this.capacity = new int[targetCount];
        System.arraycopy(placeCapacity, 0, capacity, 0, placeCount);
        capacity[unplacedTarget] = studentCount;
        System.arraycopy(hubMembers, 0, capacity, placeCount + 1, hubCount);

        int nodeCount = sink + 1;
        this.assignedEdge = new int[studentCount];
        Arrays.fill(assignedEdge, NONE);
        this.occupants = new Occupants(capacity, edgeStudent, studentCount);
        this.potential = new long[nodeCount * components];
        this.distance = new long[nodeCount * components];
        this.arcTypeInto = new byte[nodeCount];
        this.arcInto = new int[nodeCount];
        this.predecessor = new int[nodeCount];
        this.candidate = new long[components];
        this.origin = new long[components];
        this.prefixKey = new long[nodeCount];
        this.reachedInRound = new int[nodeCount];
        this.settledInRound = new int[nodeCount];
        this.settled = new int[nodeCount];
        this.sameDistance = new int[nodeCount];
        this.heap = new IndexedHeap(nodeCount, this::closer);
    }

    /**
     * The cost vector of each kind of edge, {@code components} longs per row. Only the components
     * that tell edges apart are kept: the unplaced component, the ranks some edge has and the
     * support component if some edge earns the bonus.
     */
    private static long[] costRows(boolean[] rankUsed, boolean anyBonus) {
        int rankCount = rankUsed.length - 1;
        int[] componentOfRank = new int[rankCount + 1];
        int components = 1;
        for (int rank = 1; rank <= rankCount; rank++) {
            componentOfRank[rank] = rankUsed[rank] ? components++ : NONE;
        }
        int supportComponent = anyBonus ? components++ : NONE;
        long[] rows = new long[(2 * rankCount + 2) * components];
        Arrays.fill(rows, UNPLACED_COST * components, (UNPLACED_COST + 1) * components, 1);
        for (int rank = 1; rank <= rankCount; rank++) {
            for (int bonus = 0; bonus <= 1; bonus++) {
                int base = (2 * rank + bonus) * components;
                for (int other = 1; other <= rankCount; other++) {
                    if (componentOfRank[other] != NONE) {
                        rows[base + componentOfRank[other]] = other == rank ? 0 : 1;
                    }
                }
                if (supportComponent != NONE) {
                    rows[base + supportComponent] = 1 - bonus;
                }
            }
        }
        return rows;
    }

    private void addEdge(int edge, int student, int target, int cost) {
        edgeTarget[edge] = target;
        edgeCost[edge] = cost;
        edgeStudent[edge] = student;
    }

    /** Adds every student in turn; afterwards {@link #assignedPlace(int)} holds the optimum. */
    void solve() {
        initialiseHubPotentials();
        int[] searched = new int[studentCount];
        int searchedCount = 0;
        for (int student = 0; student < studentCount; student++) {
            if (!placeOnCheapestEdge(student)) {
                searched[searchedCount++] = student;
            }
        }
        for (int i = 0; i < searchedCount; i++) {
            addStudent(searched[i]);
        }
        assignedPlace = handOutHubFlow();
    }

    /**
     * The place the student is assigned to, or -1 if the student stays unplaced. Students routed
     * through a hub get the hub's places in a fixed pairing: members by number, places by arc.
     */
    int assignedPlace(int student) {
        return assignedPlace[student];
    }

    /** How many students the assignment puts at the place. */
    int placeLoad(int place) {
        return occupants.count(place);
    }

    /**
     * A hub arc {@code hub -> place} must have a non-negative reduced cost from the start, and so
     * must the edge of cost 0 from a member placed by {@link #placeOnCheapestEdge} (whose potential
     * is minus a cost below any hub arc's). The hub's potential is minus its cheapest arc's cost.
     */
    private void initialiseHubPotentials() {
        for (int hub = 0; hub < hubCount; hub++) {
            int base = (studentCount + placeCount + 1 + hub) * components;
            for (int arc = hubArcStart[hub]; arc < hubArcStart[hub + 1]; arc++) {
                int row = hubArcCost[arc] * components;
                if (arc == hubArcStart[hub]
                        || Arrays.compare(costRows, row, row + components, potential, base, base + components) < 0) {
                    for (int c = 0; c < components; c++) {
                        potential[base + c] = costRows[row + c];
                    }
                }
            }
            for (int c = 0; c < components; c++) {
                potential[base + c] = -potential[base + c];
            }
        }
    }

    /**
     * Places the student along its cheapest edge to a place (best rank, then support bonus) if that
     * place has room; the student's potential becomes minus the edge's cost, so that edge and its
     * reverse have reduced cost 0 and the student's other edges non-negative ones.
     */
    private boolean placeOnCheapestEdge(int student) {
        int best = NONE;
        int bestCost = Integer.MAX_VALUE;
        for (int edge = studentEdgeStart[student]; edge < studentEdgeStart[student + 1]; edge++) {
            int cost = edgeCost[edge];
            if (edgeTarget[edge] >= placeCount) {
                continue;
            }
            if (cost / 2 < bestCost / 2 || cost / 2 == bestCost / 2 && cost > bestCost) {
                bestCost = cost;
                best = NONE;
            }
            if (cost == bestCost && best == NONE && occupants.count(edgeTarget[edge]) < capacity[edgeTarget[edge]]) {
                best = edge;
            }
        }
        if (best == NONE) {
            return false;
        }
        occupants.add(edgeTarget[best], student, best);
        assignedEdge[student] = best;
        int base = student * components;
        int row = bestCost * components;
        for (int c = 0; c < components; c++) {
            potential[base + c] = -costRows[row + c];
        }
        return true;
    }

    /**
     * Places the student along the cheapest augmenting path: Dijkstra on reduced costs from the
     * student to the sink, then potentials of the settled nodes rise by their distance less the
     * sink's. That keeps every residual arc's reduced cost non-negative; nodes not settled need no
     * change, as raising them all by the sink's distance instead would alter no reduced cost.
     */
    private void addStudent(int student) {
        setPotentialAboveEdges(student);
        round++;
        settledCount = 0;
        heap.clear();
        Arrays.fill(distance, student * components, (student + 1) * components, 0);
        reachedInRound[student] = round;
        predecessor[student] = NONE;
        updatePrefixKey(student);
        heap.add(student);
        sameDistanceCount = 0;
        while (true) {
            int node = sameDistanceCount > 0 ? sameDistance[--sameDistanceCount] : heap.poll();
            settledInRound[node] = round;
            settled[settledCount++] = node;
            if (node == sink || relaxFrom(node)) {
                break;
            }
        }
        int sinkBase = sink * components;
        for (int i = 0; i < settledCount; i++) {
            int base = settled[i] * components;
            for (int c = 0; c < components; c++) {
                potential[base + c] += distance[base + c] - distance[sinkBase + c];
            }
        }
        augment();
    }

    /**
     * Relaxes every residual arc out of the node; returns true once the sink is settled, that is
     * when the node is a place with room or an arc reached one at the node's own distance.
     */
    private boolean relaxFrom(int node) {
        int nodeBase = node * components;
        for (int c = 0; c < components; c++) {
            origin[c] = distance[nodeBase + c] + potential[nodeBase + c];
        }
        if (node < studentCount) {
            for (int edge = studentEdgeStart[node]; edge < studentEdgeStart[node + 1]; edge++) {
                if (edge != assignedEdge[node]
                        && relax(node, studentCount + edgeTarget[edge], FORWARD_EDGE, edge, edgeCost[edge], 1)) {
                    return true;
                }
            }
            return false;
        }
        int target = node - studentCount;
        if (target <= placeCount) {
            if (occupants.count(target) < capacity[target]) {
                reachSink(node);
                return true;
            }
            for (int i = 0; i < occupants.count(target); i++) {
                int unit = occupants.unit(target, i);
                boolean done = unit >= 0
                        ? relax(node, edgeStudent[unit], BACKWARD_EDGE, unit, edgeCost[unit], -1)
                        : relax(node, studentCount + placeCount + 1 + hubOfArc[-unit - 1], BACKWARD_HUB_ARC,
                        -unit - 1, hubArcCost[-unit - 1], -1);
                if (done) {
                    return true;
                }
            }
            return false;
        }
        int hub = target - placeCount - 1;
        for (int arc = hubArcStart[hub]; arc < hubArcStart[hub + 1]; arc++) {
            if (relax(node, studentCount + hubArcPlace[arc], FORWARD_HUB_ARC, arc, hubArcCost[arc], 1)) {
                return true;
            }
        }
        for (int i = 0; i < occupants.count(target); i++) {
            int unit = occupants.unit(target, i);
            if (relax(node, edgeStudent[unit], BACKWARD_EDGE, unit, ZERO_COST, -1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A new student has no arc into it, so any potential works for cycles; it must only leave every
     * arc out of it with a non-negative reduced cost: the lexicographic maximum of
     * {@code potential(target) - cost(edge)} over its edges.
     */
    private void setPotentialAboveEdges(int student) {
        int base = student * components;
        long[] bound = candidate;
        for (int edge = studentEdgeStart[student]; edge < studentEdgeStart[student + 1]; edge++) {
            int targetBase = (studentCount + edgeTarget[edge]) * components;
            int row = edgeCost[edge] * components;
            for (int c = 0; c < components; c++) {
                bound[c] = potential[targetBase + c] - costRows[row + c];
            }
            if (edge == studentEdgeStart[student]
                    || Arrays.compare(bound, 0, components, potential, base, base + components) > 0) {
                System.arraycopy(bound, 0, potential, base, components);
            }
        }
    }

    /**
     * Offers {@code to} the distance of {@code from} plus the reduced cost of the arc, that is
     * {@link #origin} (the distance plus the potential of {@code from}) plus the cost less the
     * potential of {@code to}. Against a tentative distance the candidate is compared component by
     * component and abandoned at the first one that is worse. Returns true if the arc reached a
     * place with room at the distance of {@code from}: then nothing can be closer than the sink
     * behind it, which is settled at once.
     *
     * @param cost the arc's cost row
     * @param sign +1 along the edge, -1 against it
     */
    private boolean relax(int from, int to, byte type, int arc, int cost, int sign) {
        if (settledInRound[to] == round) {
            return false;
        }
        long[] origin = this.origin;
        long[] rows = costRows;
        long[] potential = this.potential;
        long[] distance = this.distance;
        int toBase = to * components;
        int fromBase = from * components;
        int row = cost * components;
        if (reachedInRound[to] != round) {
            reachedInRound[to] = round;
            boolean asCloseAsFrom = true;
            for (int c = 0; c < components; c++) {
                long value = origin[c] + sign * rows[row + c] - potential[toBase + c];
                distance[toBase + c] = value;
                asCloseAsFrom &= value == distance[fromBase + c];
            }
            recordArc(from, to, type, arc);
            if (!asCloseAsFrom) {
                updatePrefixKey(to);
                heap.add(to);
                return false;
            }
            if (hasRoom(to)) {
                return settlePlaceWithRoom(to);
            }
            sameDistance[sameDistanceCount++] = to;
            return false;
        }
        int c = 0;
        for (; c < components; c++) {
            long value = origin[c] + sign * rows[row + c] - potential[toBase + c];
            long current = distance[toBase + c];
            if (value != current) {
                if (value > current) {
                    return false;
                }
                break;
            }
        }
        if (c == components) {
            return false;
        }
        for (; c < components; c++) {
            distance[toBase + c] = origin[c] + sign * rows[row + c] - potential[toBase + c];
        }
        recordArc(from, to, type, arc);
        if (hasRoom(to) && Arrays.equals(distance, toBase, toBase + components,
                distance, fromBase, fromBase + components)) {
            return settlePlaceWithRoom(to);
        }
        updatePrefixKey(to);
        heap.addOrDecrease(to);
        return false;
    }

    private void recordArc(int from, int to, byte type, int arc) {
        arcTypeInto[to] = type;
        arcInto[to] = arc;
        predecessor[to] = from;
    }

    /** Whether the node is a place, or the unplaced node, with room left. */
    private boolean hasRoom(int node) {
        int target = node - studentCount;
        return target >= 0 && target <= placeCount && occupants.count(target) < capacity[target];
    }

    /** Settles a place with room reached at the distance of the node being settled, and the sink behind it. */
    private boolean settlePlaceWithRoom(int place) {
        settledInRound[place] = round;
        settled[settledCount++] = place;
        reachSink(place);
        return true;
    }

    /**
     * Settles the sink behind a settled place with room. The arc costs 0 and the place's potential
     * equals the sink's (both stay 0, see the class comment), so the sink is exactly as far.
     */
    private void reachSink(int place) {
        int placeBase = place * components;
        int sinkBase = sink * components;
        for (int c = 0; c < components; c++) {
            distance[sinkBase + c] = distance[placeBase + c] + potential[placeBase + c] - potential[sinkBase + c];
        }
        reachedInRound[sink] = round;
        arcTypeInto[sink] = TO_SINK;
        arcInto[sink] = NONE;
        predecessor[sink] = place;
        settledInRound[sink] = round;
        settled[settledCount++] = sink;
    }

    /**
     * Walks back from the sink applying each arc of the path. Walking backwards, a student's new
     * edge is met before the arc that takes it off its old target, and a target loses its unit
     * before it gains one, so no list exceeds its capacity on the way.
     */
    private void augment() {
        int node = sink;
        while (predecessor[node] != NONE) {
            int arc = arcInto[node];
            switch (arcTypeInto[node]) {
                case FORWARD_EDGE -> {
                    int student = predecessor[node];
                    if (assignedEdge[student] != NONE) {
                        occupants.removeStudent(edgeTarget[assignedEdge[student]], student);
                    }
                    occupants.add(edgeTarget[arc], student, arc);
                    assignedEdge[student] = arc;
                }
                case FORWARD_HUB_ARC -> occupants.addUnit(hubArcPlace[arc], -arc - 1);
                case BACKWARD_HUB_ARC -> occupants.removeUnit(hubArcPlace[arc], -arc - 1);
                default -> {
                    // BACKWARD_EDGE: the student's forward edge, met first, already took it off;
                    // TO_SINK: the sink keeps no list.
                }
            }
            node = predecessor[node];
        }
    }

    /**
     * Every student's place: its own edge's, or for students routed through a hub one of the hub's
     * units, paired in a fixed order (members by number, units by arc) so the result is repeatable.
     * Any pairing is as good, and none gives a member a place it ranks (see the class comment).
     */
    private int[] handOutHubFlow() {
        int[] place = new int[studentCount];
        int[][] unitsOfHub = new int[hubCount][];
        int[] unitCount = new int[hubCount];
        for (int hub = 0; hub < hubCount; hub++) {
            unitsOfHub[hub] = new int[capacity[placeCount + 1 + hub]];
        }
        for (int p = 0; p < placeCount; p++) {
            for (int i = 0; i < occupants.count(p); i++) {
                int unit = occupants.unit(p, i);
                if (unit < 0) {
                    int hub = hubOfArc[-unit - 1];
                    unitsOfHub[hub][unitCount[hub]++] = -unit - 1;
                }
            }
        }
        int[][] membersOfHub = new int[hubCount][];
        for (int hub = 0; hub < hubCount; hub++) {
            int target = placeCount + 1 + hub;
            int[] members = new int[occupants.count(target)];
            for (int i = 0; i < members.length; i++) {
                members[i] = edgeStudent[occupants.unit(target, i)];
            }
            Arrays.sort(members);
            Arrays.sort(unitsOfHub[hub], 0, unitCount[hub]);
            membersOfHub[hub] = members;
        }
        for (int student = 0; student < studentCount; student++) {
            int target = edgeTarget[assignedEdge[student]];
            place[student] = target < placeCount ? target : NONE;
        }
        for (int hub = 0; hub < hubCount; hub++) {
            int[] members = membersOfHub[hub];
            for (int i = 0; i < members.length; i++) {
                place[members[i]] = hubArcPlace[unitsOfHub[hub][i]];
            }
        }
        return place;
    }

    /**
     * Packs the first {@value #PREFIX_COMPONENTS} components of the node's tentative distance into
     * one long whose order is theirs, or {@link #NO_PREFIX_KEY} if one does not fit in 16 bits (the
     * heap then compares the components). The heap compares far more often than distances change,
     * and one long per node stays in cache where rows of components do not.
     */
    private void updatePrefixKey(int node) {
        int base = node * components;
        long key = 0;
        for (int c = 0; c < PREFIX_COMPONENTS; c++) {
            long value = c < components ? distance[base + c] : 0;
            if (value <= -PREFIX_BIAS || value >= PREFIX_BIAS) {
                prefixKey[node] = NO_PREFIX_KEY;
                return;
            }
            key = key << 16 | (value + PREFIX_BIAS);
        }
        prefixKey[node] = key ^ Long.MIN_VALUE;
    }

    /** Lexicographic order of two nodes' tentative distances, for the heap. */
    private int closer(int nodeA, int nodeB) {
        long keyA = prefixKey[nodeA];
        long keyB = prefixKey[nodeB];
        int from = 0;
        if (keyA != NO_PREFIX_KEY && keyB != NO_PREFIX_KEY) {
            if (keyA != keyB) {
                return keyA < keyB ? -1 : 1;
            }
            from = PREFIX_COMPONENTS;
        }
        long[] distance = this.distance;
        int a = nodeA * components + from;
        int b = nodeB * components + from;
        for (int end = nodeA * components + components; a < end; a++, b++) {
            if (distance[a] != distance[b]) {
                return distance[a] < distance[b] ? -1 : 1;
            }
        }
        return 0;
    }

    /**
     * The units of flow currently into each target: a student's edge number (a student placed
     * there, routed through the hub, or unplaced) or, at a place, {@code -(hub arc + 1)} for a unit
     * a hub sends. A target's residual arcs back cost its load to visit rather than every student
     * who accepts it.
     */
    private static final class Occupants {
        private final int[] start;
        private final int[] count;
        private final int[] units;
        private final int[] slotOfStudent;
        private final int[] edgeStudent;

        Occupants(int[] capacity, int[] edgeStudent, int studentCount) {
            this.edgeStudent = edgeStudent;
            start = new int[capacity.length + 1];
            for (int target = 0; target < capacity.length; target++) {
                start[target + 1] = start[target] + capacity[target];
            }
            count = new int[capacity.length];
            units = new int[start[capacity.length]];
            slotOfStudent = new int[studentCount];
        }

        int count(int target) {
            return count[target];
        }

        int unit(int target, int index) {
            return units[start[target] + index];
        }

        void add(int target, int student, int edge) {
            int slot = start[target] + count[target]++;
            units[slot] = edge;
            slotOfStudent[student] = slot;
        }

        void addUnit(int target, int unit) {
            units[start[target] + count[target]++] = unit;
        }

        void removeStudent(int target, int student) {
            removeSlot(target, slotOfStudent[student]);
        }

        /** Removes one hub unit; a place holds at most its capacity of them, so the scan is short. */
        void removeUnit(int target, int unit) {
            for (int slot = start[target]; ; slot++) {
                if (units[slot] == unit) {
                    removeSlot(target, slot);
                    return;
                }
            }
        }

        /** Moves the last unit into the freed slot. */
        private void removeSlot(int target, int slot) {
            int last = start[target] + --count[target];
            units[slot] = units[last];
            if (units[slot] >= 0) {
                slotOfStudent[edgeStudent[units[slot]]] = slot;
            }
        }
    }
}
