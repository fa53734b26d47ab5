package se.stockholm.vfu.allocation.engine;

import java.util.Arrays;

/**
 * The allocation problem as a plain maximum-flow network, for questions about the <em>number</em> of students
 * that can be placed, whatever their ranks: source → each open student (1) → each place it accepts (1) → sink (the
 * place's free capacity). Students with a hub in {@link CandidateGraph} reach their unranked places through the hub
 * (student → hub 1, hub → place unlimited), which changes no maximum: every member accepts every place of its hub.
 * <p>
 * One more node, the <em>extra place</em>, stands for a place that does not exist: arcs from every student to it
 * and from it to the sink all have capacity 0 until {@link #openExtraPlace} gives them some. The maximum flow of the
 * problem is found once ({@link #maximumFlow}) and kept; each question about an extra place starts from it, augments
 * (Dinic: breadth-first levels, then blocking flows along them) and is rolled back by copying the kept residual
 * capacities, so every question costs the augmenting paths it finds, not a new maximum flow.
 * <p>
 * The searches are iterative: an alternating path can pass through thousands of students when the shortage is
 * spread over the city, which a recursive search would not survive.
 */
final class CardinalityNetwork {

    static final int UNLIMITED = Integer.MAX_VALUE / 4;

    private final int studentCount;
    private final int source;
    private final int sink;
    private final int extraPlace;
    private final int nodeCount;

    private final int[] arcStart;
    private final int[] arcHead;
    private final int[] arcReverse;
    private final int[] residual;
    private final int[] keptResidual;
    /** Per student, its arc to the extra place; then the extra place's arc to the sink. */
    private final int[] extraArc;
    private final int extraToSinkArc;

    private final int[] level;
    private final int[] currentArc;
    private final int[] queue;
    private final int[] pathArcs;

    private int baseFlow;

    CardinalityNetwork(CandidateGraph graph) {
        studentCount = graph.studentCount();
        int hubCount = graph.hubCount();
        int placeCount = graph.placeCount();
        source = 0;
        int firstHub = 1 + studentCount;
        int firstPlace = firstHub + hubCount;
        sink = firstPlace + placeCount;
        extraPlace = sink + 1;
        nodeCount = extraPlace + 1;

        ArcList arcs = new ArcList();
        for (int student = 0; student < studentCount; student++) {
            arcs.add(source, 1 + student, 1);
            int hub = graph.hub(student);
            for (int edge = graph.edgeStart(student); edge < graph.edgeEnd(student); edge++) {
                if (hub < 0 || graph.edgeRank(edge) < graph.lastRank()) {
                    arcs.add(1 + student, firstPlace + graph.edgePlace(edge), 1);
                }
            }
            if (hub >= 0) {
                arcs.add(1 + student, firstHub + hub, 1);
            }
        }
        for (int hub = 0; hub < hubCount; hub++) {
            for (int place : graph.hubPlaces(hub)) {
                arcs.add(firstHub + hub, firstPlace + place, UNLIMITED);
            }
        }
        for (int place = 0; place < placeCount; place++) {
            arcs.add(firstPlace + place, sink, graph.freeCapacity(place));
        }
        int firstExtra = arcs.size;
        for (int student = 0; student < studentCount; student++) {
            arcs.add(1 + student, extraPlace, 0);
        }
        int lastArc = arcs.size;
        arcs.add(extraPlace, sink, 0);

        int arcCount = arcs.size * 2;
        arcStart = new int[nodeCount + 1];
        arcHead = new int[arcCount];
        arcReverse = new int[arcCount];
        residual = new int[arcCount];
        for (int i = 0; i < arcs.size; i++) {
            arcStart[arcs.tail[i] + 1]++;
            arcStart[arcs.head[i] + 1]++;
        }
        for (int node = 0; node < nodeCount; node++) {
            arcStart[node + 1] += arcStart[node];
        }
        int[] fill = Arrays.copyOf(arcStart, nodeCount);
        int[] forwardOf = new int[arcs.size];
        for (int i = 0; i < arcs.size; i++) {
            int forward = fill[arcs.tail[i]]++;
            int backward = fill[arcs.head[i]]++;
            arcHead[forward] = arcs.head[i];
            arcHead[backward] = arcs.tail[i];
            arcReverse[forward] = backward;
            arcReverse[backward] = forward;
            residual[forward] = arcs.capacity[i];
            forwardOf[i] = forward;
        }
        extraArc = new int[studentCount];
        for (int student = 0; student < studentCount; student++) {
            extraArc[student] = forwardOf[firstExtra + student];
        }
        extraToSinkArc = forwardOf[lastArc];
        keptResidual = new int[arcCount];
        level = new int[nodeCount];
        currentArc = new int[nodeCount];
        queue = new int[nodeCount];
        pathArcs = new int[nodeCount];
    }

    /** Finds a maximum flow without the extra place and keeps it as the starting point of every question. */
    int maximumFlow() {
        baseFlow = augment();
        System.arraycopy(residual, 0, keptResidual, 0, residual.length);
        return baseFlow;
    }

    /**
     * The students reachable from the source in the residual network of the kept maximum flow: those with an
     * alternating path from an unplaced student, the only ones a new place can help.
     */
    boolean[] studentsReachableFromUnplaced() {
        boolean[] reached = new boolean[studentCount];
        if (levels()) {
            throw new IllegalStateException("The kept flow is not maximum");
        }
        for (int student = 0; student < studentCount; student++) {
            reached[student] = level[1 + student] >= 0;
        }
        return reached;
    }

    /**
     * How many more students the kept maximum flow can place when the extra place accepts the given students and
     * takes up to {@code capacity} of them; the network is back at the kept flow afterwards.
     */
    int gainWithExtraPlace(boolean[] accepts, int capacity) {
        openExtraPlace(accepts, capacity);
        int gain = augment();
        System.arraycopy(keptResidual, 0, residual, 0, residual.length);
        return gain;
    }

    private void openExtraPlace(boolean[] accepts, int capacity) {
        for (int student = 0; student < studentCount; student++) {
            residual[extraArc[student]] = accepts[student] ? 1 : 0;
        }
        residual[extraToSinkArc] = capacity;
    }

    /** Dinic's method from the current residual network; returns the flow added. */
    private int augment() {
        int added = 0;
        while (levels()) {
            System.arraycopy(arcStart, 0, currentArc, 0, nodeCount);
            int pushed;
            while ((pushed = blockingPath()) > 0) {
                added += pushed;
            }
        }
        return added;
    }

    /** Breadth-first levels from the source; whether the sink was reached. */
    private boolean levels() {
        Arrays.fill(level, -1);
        level[source] = 0;
        queue[0] = source;
        int tail = 1;
        for (int head = 0; head < tail; head++) {
            int node = queue[head];
            for (int arc = arcStart[node]; arc < arcStart[node + 1]; arc++) {
                int next = arcHead[arc];
                if (residual[arc] > 0 && level[next] < 0) {
                    level[next] = level[node] + 1;
                    queue[tail++] = next;
                }
            }
        }
        return level[sink] >= 0;
    }

    /**
     * One source–sink path along the levels, found depth-first with the current-arc pointers (dead ends are never
     * tried twice in a phase), and the flow pushed along it; 0 when the phase is over.
     */
    private int blockingPath() {
        int depth = 0;
        int node = source;
        while (true) {
            if (node == sink) {
                int bottleneck = UNLIMITED;
                for (int i = 0; i < depth; i++) {
                    bottleneck = Math.min(bottleneck, residual[pathArcs[i]]);
                }
                for (int i = 0; i < depth; i++) {
                    residual[pathArcs[i]] -= bottleneck;
                    residual[arcReverse[pathArcs[i]]] += bottleneck;
                }
                return bottleneck;
            }
            boolean advanced = false;
            for (; currentArc[node] < arcStart[node + 1]; currentArc[node]++) {
                int arc = currentArc[node];
                int next = arcHead[arc];
                if (residual[arc] > 0 && level[next] == level[node] + 1) {
                    pathArcs[depth++] = arc;
                    node = next;
                    advanced = true;
                    break;
                }
            }
            if (!advanced) {
                if (node == source) {
                    return 0;
                }
                level[node] = -1;
                int back = pathArcs[--depth];
                node = arcHead[arcReverse[back]];
                currentArc[node]++;
            }
        }
    }

    /** Arcs collected before the network is laid out by tail. */
    private static final class ArcList {
        private int[] tail = new int[1024];
        private int[] head = new int[1024];
        private int[] capacity = new int[1024];
        private int size;

        void add(int from, int to, int arcCapacity) {
            if (size == tail.length) {
                tail = Arrays.copyOf(tail, size * 2);
                head = Arrays.copyOf(head, size * 2);
                capacity = Arrays.copyOf(capacity, size * 2);
            }
            tail[size] = from;
            head[size] = to;
            capacity[size] = arcCapacity;
            size++;
        }
    }
}
