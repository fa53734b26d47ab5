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
 * of the students added so far the cheapest one. Dijkstra stops once the sink is settled, so an
 * addition usually touches a handful of nodes rather than the whole graph. Distances and potentials
 * are {@code long}: they grow by at most a path's length per addition.
 * <p>
 * Cost components, for an edge to a place at rank {@code r}: 0 in the first ("unplaced") component,
 * 0 in component {@code r} and 1 in the other rank components, 0 in the last component if it puts an
 * extra-support student with a trained supervisor and 1 otherwise. The unplaced edge costs 1
 * everywhere. Summed over all students this is (unplaced, students − first choices, students −
 * second choices, ..., students − supported), whose lexicographic minimum is the objective; and no
 * cost is negative, so the potentials start at zero.
 * <p>
 * Students are nodes {@code 0..n-1}, places {@code n..n+m-1}, the unplaced node {@code n+m}, then the
 * sink. The order of students and edges decides among equally good assignments, which is how the
 * caller's seeded shuffle takes effect.
 */
final class LexicographicMatching {

    private static final int UNPLACED_RANK = 0;
    private static final int NONE = -1;

    private final int studentCount;
    private final int placeCount;
    private final int unplacedPlace;
    private final int sink;
    private final int components;
    private final int supportComponent;

    private final int[] capacity;
    private final int[] studentEdgeStart;
    private final int[] edgePlace;
    private final int[] edgeRank;
    private final boolean[] edgeSupportBonus;
    private final int[] edgeStudent;

    private final int[] assignedEdge;
    private final Occupants occupants;

    private final long[] potential;
    private final long[] distance;
    private final int[] arcInto;
    private int placeBeforeSink;
    private final long[] candidatePotential;
    private final int[] reachedInRound;
    private final int[] settledInRound;
    private final int[] settled;
    private int settledCount;
    private int round;
    private final IndexedHeap heap;

    /**
     * @param placeCapacity    free capacity of each place
     * @param studentEdgeStart edges of student {@code s} are {@code studentEdgeStart[s]..studentEdgeStart[s+1]-1}
     * @param edgePlace        the place each edge leads to
     * @param edgeRank         the rank, {@code 1..rankCount}, the student gives that place
     * @param edgeSupportBonus whether the edge puts an extra-support student with a trained supervisor
     * @param rankCount        the last rank
     */
    LexicographicMatching(int[] placeCapacity, int[] studentEdgeStart, int[] edgePlace, int[] edgeRank,
                          boolean[] edgeSupportBonus, int rankCount) {
        this.studentCount = studentEdgeStart.length - 1;
        this.placeCount = placeCapacity.length;
        this.unplacedPlace = placeCount;
        this.sink = studentCount + placeCount + 1;
        this.components = rankCount + 2;
        this.supportComponent = rankCount + 1;

        this.capacity = Arrays.copyOf(placeCapacity, placeCount + 1);
        capacity[unplacedPlace] = studentCount;
        int edgeCount = edgePlace.length + studentCount;
        this.studentEdgeStart = new int[studentCount + 1];
        this.edgePlace = new int[edgeCount];
        this.edgeRank = new int[edgeCount];
        this.edgeSupportBonus = new boolean[edgeCount];
        this.edgeStudent = new int[edgeCount];
        int edge = 0;
        for (int student = 0; student < studentCount; student++) {
            this.studentEdgeStart[student] = edge;
            for (int real = studentEdgeStart[student]; real < studentEdgeStart[student + 1]; real++) {
                addEdge(edge++, student, edgePlace[real], edgeRank[real], edgeSupportBonus[real]);
            }
            addEdge(edge++, student, unplacedPlace, UNPLACED_RANK, false);
        }
        this.studentEdgeStart[studentCount] = edge;

        int nodeCount = sink + 1;
        this.assignedEdge = new int[studentCount];
        Arrays.fill(assignedEdge, NONE);
        this.occupants = new Occupants(capacity, this.edgeStudent, studentCount);
        this.potential = new long[nodeCount * components];
        this.distance = new long[nodeCount * components];
        this.arcInto = new int[nodeCount];
        this.candidatePotential = new long[components];
        this.reachedInRound = new int[nodeCount];
        this.settledInRound = new int[nodeCount];
        this.settled = new int[nodeCount];
        this.heap = new IndexedHeap(nodeCount, this::closer);
    }

    private void addEdge(int edge, int student, int place, int rank, boolean supportBonus) {
        edgePlace[edge] = place;
        edgeRank[edge] = rank;
        edgeSupportBonus[edge] = supportBonus;
        edgeStudent[edge] = student;
    }

    /** Adds every student in turn; afterwards {@link #assignedEdge(int)} holds the optimum. */
    void solve() {
        for (int student = 0; student < studentCount; student++) {
            addStudent(student);
        }
    }

    /**
     * The edge (as numbered by the caller) the student is assigned along, or -1 if the student stays
     * unplaced.
     */
    int assignedEdge(int student) {
        int edge = assignedEdge[student];
        return edgePlace[edge] == unplacedPlace ? NONE : edge - student;
    }

    /** How many students the assignment puts at the place. */
    int placeLoad(int place) {
        return occupants.count(place);
    }

    /**
     * The students reachable from an unplaced student by alternating paths: along an edge to a
     * place, back from a place to a student placed there. With a maximum assignment these students
     * and their places form the deficient sets of Hall's theorem: every place a reachable student
     * accepts is reachable and full.
     */
    boolean[] studentsReachableFromUnplaced() {
        boolean[] reached = new boolean[studentCount];
        boolean[] placeReached = new boolean[placeCount];
        int[] queue = new int[studentCount];
        int tail = 0;
        for (int i = 0; i < occupants.count(unplacedPlace); i++) {
            int student = edgeStudent[occupants.edge(unplacedPlace, i)];
            reached[student] = true;
            queue[tail++] = student;
        }
        for (int head = 0; head < tail; head++) {
            int student = queue[head];
            for (int edge = studentEdgeStart[student]; edge < studentEdgeStart[student + 1]; edge++) {
                int place = edgePlace[edge];
                if (place == unplacedPlace || placeReached[place]) {
                    continue;
                }
                placeReached[place] = true;
                for (int i = 0; i < occupants.count(place); i++) {
                    int occupant = edgeStudent[occupants.edge(place, i)];
                    if (!reached[occupant]) {
                        reached[occupant] = true;
                        queue[tail++] = occupant;
                    }
                }
            }
        }
        return reached;
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
        arcInto[student] = NONE;
        heap.add(student);
        while (true) {
            int node = heap.poll();
            settledInRound[node] = round;
            settled[settledCount++] = node;
            if (node == sink) {
                break;
            }
            if (node < studentCount) {
                relaxFromStudent(node);
            } else {
                relaxFromPlace(node - studentCount);
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
     * A new student has no arc into it, so any potential works for cycles; it must only leave every
     * arc out of it with a non-negative reduced cost: the lexicographic maximum of
     * {@code potential(place) - cost(edge)} over its edges.
     */
    private void setPotentialAboveEdges(int student) {
        int base = student * components;
        long[] candidate = candidatePotential;
        for (int edge = studentEdgeStart[student]; edge < studentEdgeStart[student + 1]; edge++) {
            int placeBase = (studentCount + edgePlace[edge]) * components;
            for (int c = 0; c < components; c++) {
                candidate[c] = potential[placeBase + c] - edgeCost(edge, c);
            }
            if (edge == studentEdgeStart[student]
                    || Arrays.compare(candidate, 0, components, potential, base, base + components) > 0) {
                System.arraycopy(candidate, 0, potential, base, components);
            }
        }
    }

    private void relaxFromStudent(int student) {
        for (int edge = studentEdgeStart[student]; edge < studentEdgeStart[student + 1]; edge++) {
            if (edge != assignedEdge[student]) {
                relax(student, studentCount + edgePlace[edge], edge, 1);
            }
        }
    }

    private void relaxFromPlace(int place) {
        int placeNode = studentCount + place;
        if (occupants.count(place) < capacity[place]) {
            relax(placeNode, sink, NONE, 0);
        }
        for (int i = 0; i < occupants.count(place); i++) {
            int edge = occupants.edge(place, i);
            relax(placeNode, edgeStudent[edge], edge, -1);
        }
    }

    /**
     * Offers {@code to} the distance of {@code from} plus the reduced cost of the arc. The candidate
     * is built component by component and abandoned at the first one that is already worse.
     *
     * @param edge the edge the arc belongs to, or -1 for an arc to the sink
     * @param sign +1 along the edge, -1 against it
     */
    private void relax(int from, int to, int edge, int sign) {
        if (settledInRound[to] == round) {
            return;
        }
        int fromBase = from * components;
        int toBase = to * components;
        boolean improving = reachedInRound[to] != round;
        for (int c = 0; c < components; c++) {
            long candidate = distance[fromBase + c] + sign * edgeCost(edge, c)
                    + potential[fromBase + c] - potential[toBase + c];
            if (!improving) {
                long current = distance[toBase + c];
                if (candidate > current || candidate == current && c == components - 1) {
                    return;
                }
                improving = candidate < current;
            }
            distance[toBase + c] = candidate;
        }
        reachedInRound[to] = round;
        arcInto[to] = edge;
        if (to == sink) {
            placeBeforeSink = from;
        }
        heap.addOrDecrease(to);
    }

    private int edgeCost(int edge, int component) {
        if (edge == NONE) {
            return 0;
        }
        int rank = edgeRank[edge];
        if (rank == UNPLACED_RANK) {
            return 1;
        }
        if (component == supportComponent) {
            return edgeSupportBonus[edge] ? 0 : 1;
        }
        return component == 0 || component == rank ? 0 : 1;
    }

    /**
     * Walks back from the sink and moves each student on the path to the place after it. Walking
     * backwards, each place has just lost a student when the next arrives, so none exceeds its
     * capacity on the way.
     */
    private void augment() {
        int placeNode = placeBeforeSink;
        while (true) {
            int edge = arcInto[placeNode];
            int student = edgeStudent[edge];
            if (assignedEdge[student] != NONE) {
                occupants.remove(edgePlace[assignedEdge[student]], student);
            }
            occupants.add(edgePlace[edge], student, edge);
            int previousEdge = arcInto[student];
            assignedEdge[student] = edge;
            if (previousEdge == NONE) {
                return;
            }
            placeNode = studentCount + edgePlace[previousEdge];
        }
    }

    /** Lexicographic order of two nodes' tentative distances, for the heap. */
    private int closer(int nodeA, int nodeB) {
        return Arrays.compare(distance, nodeA * components, (nodeA + 1) * components,
                distance, nodeB * components, (nodeB + 1) * components);
    }

    /**
     * The edges currently assigned into each place, so a place's residual arcs back to its students
     * cost its load to visit rather than every student who accepts it.
     */
    private static final class Occupants {
        private final int[] start;
        private final int[] count;
        private final int[] edges;
        private final int[] slotOfStudent;
        private final int[] edgeStudent;

        Occupants(int[] capacity, int[] edgeStudent, int studentCount) {
            this.edgeStudent = edgeStudent;
            start = new int[capacity.length + 1];
            for (int place = 0; place < capacity.length; place++) {
                start[place + 1] = start[place] + capacity[place];
            }
            count = new int[capacity.length];
            edges = new int[start[capacity.length]];
            slotOfStudent = new int[studentCount];
        }

        int count(int place) {
            return count[place];
        }

        int edge(int place, int index) {
            return edges[start[place] + index];
        }

        void add(int place, int student, int edge) {
            int slot = start[place] + count[place]++;
            edges[slot] = edge;
            slotOfStudent[student] = slot;
        }

        /** Removes by moving the last occupant into the freed slot. */
        void remove(int place, int student) {
            int slot = slotOfStudent[student];
            int last = start[place] + --count[place];
            edges[slot] = edges[last];
            slotOfStudent[edgeStudent[edges[slot]]] = slot;
        }
    }
}
