package se.stockholm.vfu.allocation.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The requests still to place and the places with free capacity, numbered, with an edge from each
 * student to each acceptable place carrying the rank the student gives it.
 * <p>
 * Those edges describe the problem; the network handed to {@link LexicographicMatching} is smaller.
 * A request that accepts unranked places would need an edge to nearly every place (2,000 at the
 * benchmark's size), so it gets its ranked places as edges and one edge to a <em>hub</em> shared by
 * every such request with the same excluded districts, required languages and extra-support flag;
 * the hub has one arc to each place that group accepts, at the last rank. Edges then grow with the
 * number of groups rather than of students. Why this keeps the optimum exact is explained in
 * {@link LexicographicMatching}.
 * <p>
 * Ranks come from indexes of the places by key, district, area and both, so a request costs the
 * size of its matches rather than a scan of every place; at 10,000 requests and 2,000 places the
 * scan alone would take longer than the whole allocation. Students, places and each student's edges
 * are numbered in an order shuffled by the seed, which is how the seed chooses among equally good
 * allocations.
 */
final class CandidateGraph {

    private final List<Request> requests;
    private final List<Place> places;
    private final int[] freeCapacity;
    private final int lastRank;
    private final PlaceIndex placeIndex;

    private final int[] studentEdgeStart;
    private final int[] edgePlace;
    private final int[] edgeRank;
    private final boolean[] edgeSupportBonus;

    /** The network's edges per student: all edges, or only the ranked ones for a student with a hub. */
    private final int[] networkEdgeStart;
    private final int[] networkEdges;
    /** The student's hub, or -1. */
    private final int[] studentHub;
    private final List<int[]> hubPlaces = new ArrayList<>();
    private final List<boolean[]> hubSupportBonus = new ArrayList<>();

    CandidateGraph(AllocationProblem problem) {
        Random random = new Random(problem.options().seed());
        this.lastRank = problem.lastRank();
        this.requests = shuffled(openRequests(problem), random);
        this.places = shuffled(problem.places(), random);
        this.freeCapacity = freeCapacity(places, problem.fixedAssignments());
        this.placeIndex = new PlaceIndex(places);
        this.studentEdgeStart = new int[requests.size() + 1];
        this.networkEdgeStart = new int[requests.size() + 1];
        this.studentHub = new int[requests.size()];
        EdgeList edges = readEdges(random);
        this.edgePlace = Arrays.copyOf(edges.place, edges.size);
        this.edgeRank = Arrays.copyOf(edges.rank, edges.size);
        this.edgeSupportBonus = Arrays.copyOf(edges.supportBonus, edges.size);
        this.networkEdges = networkEdges();
    }

    private static List<Request> openRequests(AllocationProblem problem) {
        Set<String> fixedStudents = new HashSet<>();
        problem.fixedAssignments().forEach(fixed -> fixedStudents.add(fixed.studentKey()));
        return problem.requests().stream().filter(request -> !fixedStudents.contains(request.studentKey())).toList();
    }

    private static <T> List<T> shuffled(List<T> values, Random random) {
        List<T> copy = new ArrayList<>(values);
        Collections.shuffle(copy, random);
        return List.copyOf(copy);
    }

    private static int[] freeCapacity(List<Place> places, List<FixedAssignment> fixedAssignments) {
        Map<String, Integer> fixedPerPlace = new HashMap<>();
        fixedAssignments.forEach(fixed -> fixedPerPlace.merge(fixed.placeKey(), 1, Integer::sum));
        int[] free = new int[places.size()];
        for (int place = 0; place < places.size(); place++) {
            free[place] = places.get(place).capacity() - fixedPerPlace.getOrDefault(places.get(place).key(), 0);
        }
        return free;
    }

    /**
     * Reads every request's acceptable places into edges, filling {@link #studentEdgeStart} on the
     * way, and gives each request that accepts unranked places its hub. Such a request's ranked
     * edges come first, shuffled, then the unranked ones in place order: only the ranked ones enter
     * the network, where the seed's order of them matters.
     */
    private EdgeList readEdges(Random random) {
        EdgeList edges = new EdgeList();
        RankScratch scratch = new RankScratch(places.size());
        Map<Set<String>, boolean[]> offersLanguages = new HashMap<>();
        Map<List<Object>, Integer> hubByGroup = new HashMap<>();
        for (int student = 0; student < requests.size(); student++) {
            Request request = requests.get(student);
            boolean[] offers = offersLanguages.computeIfAbsent(request.requiredLanguages(), this::placesOffering);
            int[] acceptable = acceptablePlaces(request, offers, scratch);
            int ranked = acceptable.length;
            studentHub[student] = -1;
            if (request.acceptsUnrankedPlaces()) {
                ranked = moveRankedFirst(acceptable, scratch);
                Arrays.sort(acceptable, ranked, acceptable.length);
                if (acceptable.length > 0) {
                    studentHub[student] = hubByGroup.computeIfAbsent(
                            List.of(request.excludedDistricts(), request.excludedPlaces(),
                                    request.requiredLanguages(), request.needsExtraSupport()),
                            group -> newHub(request, offers));
                }
            }
            shuffle(acceptable, ranked, random);
            studentEdgeStart[student] = edges.size;
            networkEdgeStart[student] = ranked;
            for (int place : acceptable) {
                edges.add(place, scratch.rank(place),
                        request.needsExtraSupport() && places.get(place).supervisorTrained());
            }
        }
        studentEdgeStart[requests.size()] = edges.size;
        return edges;
    }

    /** Moves the places with a rank before the last to the front; returns how many there are. */
    private int moveRankedFirst(int[] acceptable, RankScratch scratch) {
        int ranked = 0;
        for (int i = 0; i < acceptable.length; i++) {
            if (scratch.rank(acceptable[i]) < lastRank) {
                int place = acceptable[i];
                acceptable[i] = acceptable[ranked];
                acceptable[ranked++] = place;
            }
        }
        return ranked;
    }

    /** A hub for the group of the request: every place outside its excluded districts and places in its languages. */
    private int newHub(Request request, boolean[] offersLanguages) {
        int[] accepted = new int[places.size()];
        int count = 0;
        for (int place = 0; place < places.size(); place++) {
            if (offersLanguages[place] && request.allows(places.get(place))) {
                accepted[count++] = place;
            }
        }
        int[] hubPlace = Arrays.copyOf(accepted, count);
        boolean[] bonus = new boolean[count];
        for (int i = 0; i < count; i++) {
            bonus[i] = request.needsExtraSupport() && places.get(hubPlace[i]).supervisorTrained();
        }
        hubPlaces.add(hubPlace);
        hubSupportBonus.add(bonus);
        return hubPlaces.size() - 1;
    }

    /**
     * The network's edges per student as indexes into the edge arrays: the first
     * {@code networkEdgeStart[student]} (so far a count) of the student's edges.
     */
    private int[] networkEdges() {
        int[] selected = new int[edgePlace.length];
        int count = 0;
        for (int student = 0; student < requests.size(); student++) {
            int ranked = networkEdgeStart[student];
            networkEdgeStart[student] = count;
            for (int edge = studentEdgeStart[student]; edge < studentEdgeStart[student] + ranked; edge++) {
                selected[count++] = edge;
            }
        }
        networkEdgeStart[requests.size()] = count;
        return Arrays.copyOf(selected, count);
    }

    LexicographicMatching newMatching() {
        int[] start = networkEdgeStart;
        int[] place = new int[networkEdges.length];
        int[] rank = new int[networkEdges.length];
        boolean[] bonus = new boolean[networkEdges.length];
        for (int i = 0; i < networkEdges.length; i++) {
            place[i] = edgePlace[networkEdges[i]];
            rank[i] = edgeRank[networkEdges[i]];
            bonus[i] = edgeSupportBonus[networkEdges[i]];
        }
        return new LexicographicMatching(freeCapacity, start, place, rank, bonus, studentHub,
                hubPlaces.toArray(int[][]::new), hubSupportBonus.toArray(boolean[][]::new), lastRank);
    }

    /** The rank the student gives the place, which must be one of its edges. */
    int rank(int student, int place) {
        for (int edge = studentEdgeStart[student]; edge < studentEdgeStart[student + 1]; edge++) {
            if (edgePlace[edge] == place) {
                return edgeRank[edge];
            }
        }
        throw new IllegalStateException("Student " + student + " has no edge to place " + place);
    }

    int studentCount() {
        return requests.size();
    }

    Request request(int student) {
        return requests.get(student);
    }

    int placeCount() {
        return places.size();
    }

    Place place(int place) {
        return places.get(place);
    }

    Optional<Place> placeWithKey(String key) {
        return placeIndex.matching(new Preference.SinglePlace(key)).stream().findFirst().map(places::get);
    }

    int freeCapacity(int place) {
        return freeCapacity[place];
    }

    int lastRank() {
        return lastRank;
    }

    /** The student's hub, or -1 when every acceptable place is one of its edges in the network. */
    int hub(int student) {
        return studentHub[student];
    }

    int hubCount() {
        return hubPlaces.size();
    }

    /** The places the hub's group accepts, each at the last rank. */
    int[] hubPlaces(int hub) {
        return hubPlaces.get(hub);
    }

    int edgeStart(int student) {
        return studentEdgeStart[student];
    }

    int edgeEnd(int student) {
        return studentEdgeStart[student + 1];
    }

    int edgePlace(int edge) {
        return edgePlace[edge];
    }

    int edgeRank(int edge) {
        return edgeRank[edge];
    }

    /** The places matching the request's preferences, ignoring exclusions and languages. */
    List<Integer> matchingPlaces(Request request) {
        if (request.acceptsUnrankedPlaces()) {
            List<Integer> all = new ArrayList<>(places.size());
            for (int place = 0; place < places.size(); place++) {
                all.add(place);
            }
            return all;
        }
        Set<Integer> matching = new HashSet<>();
        for (Preference preference : request.preferences()) {
            for (int place : placeIndex.matching(preference)) {
                matching.add(place);
            }
        }
        List<Integer> sorted = new ArrayList<>(matching);
        Collections.sort(sorted);
        return sorted;
    }

    /**
     * The acceptable places; their ranks stay in the scratch until the next request. The first
     * preference to match a place gives its rank.
     */
    private int[] acceptablePlaces(Request request, boolean[] offersLanguages, RankScratch scratch) {
        scratch.startRequest();
        List<Preference> preferences = request.preferences();
        for (int position = 0; position < preferences.size(); position++) {
            for (int place : placeIndex.matching(preferences.get(position))) {
                scratch.offer(place, position + 1);
            }
        }
        if (request.acceptsUnrankedPlaces()) {
            for (int place = 0; place < places.size(); place++) {
                scratch.offer(place, lastRank);
            }
        }
        int[] acceptable = new int[scratch.touchedCount()];
        int count = 0;
        for (int i = 0; i < scratch.touchedCount(); i++) {
            int place = scratch.touched(i);
            if (offersLanguages[place] && request.allows(places.get(place))) {
                acceptable[count++] = place;
            }
        }
        return Arrays.copyOf(acceptable, count);
    }

    private boolean[] placesOffering(Set<String> languages) {
        boolean[] offers = new boolean[places.size()];
        for (int place = 0; place < places.size(); place++) {
            offers[place] = places.get(place).offersAll(languages);
        }
        return offers;
    }

    /** Shuffles the first {@code length} values. */
    private static void shuffle(int[] values, int length, Random random) {
        for (int i = length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int value = values[i];
            values[i] = values[j];
            values[j] = value;
        }
    }

    /** The best rank found so far per place for the request being read, reset in time proportional to its matches. */
    private static final class RankScratch {
        private final int[] rank;
        private final int[] touched;
        private int touchedCount;

        RankScratch(int placeCount) {
            this.rank = new int[placeCount];
            this.touched = new int[placeCount];
        }

        void startRequest() {
            for (int i = 0; i < touchedCount; i++) {
                rank[touched[i]] = 0;
            }
            touchedCount = 0;
        }

        void offer(int place, int candidateRank) {
            if (rank[place] == 0) {
                rank[place] = candidateRank;
                touched[touchedCount++] = place;
            }
        }

        int touchedCount() {
            return touchedCount;
        }

        int touched(int i) {
            return touched[i];
        }

        int rank(int place) {
            return rank[place];
        }
    }

    /** Edge arrays that grow while the requests are read. */
    private static final class EdgeList {
        private int[] place = new int[1024];
        private int[] rank = new int[1024];
        private boolean[] supportBonus = new boolean[1024];
        private int size;

        void add(int edgePlace, int edgeRank, boolean edgeSupportBonus) {
            if (size == place.length) {
                place = Arrays.copyOf(place, size * 2);
                rank = Arrays.copyOf(rank, size * 2);
                supportBonus = Arrays.copyOf(supportBonus, size * 2);
            }
            place[size] = edgePlace;
            rank[size] = edgeRank;
            supportBonus[size] = edgeSupportBonus;
            size++;
        }
    }
}
