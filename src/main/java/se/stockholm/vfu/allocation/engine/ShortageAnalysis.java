package se.stockholm.vfu.allocation.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Names where places are missing, from the final flow. The students still reachable from the source
 * in the residual graph, with the places they accept, form the largest deficient set of Hall's
 * theorem: each such place is full, and the set is the same whichever optimum was found (it is the
 * source side of the minimal minimum cut). Split into connected parts, each part is a deficient set
 * of its own whose shortfall is the number of its students left unplaced, so the central contact
 * can ask for places where each group wants them. Students without a single acceptable place make
 * one group of their own with capacity zero.
 */
final class ShortageAnalysis {

    private final CandidateGraph graph;
    private final LexicographicMatching matching;

    ShortageAnalysis(CandidateGraph graph, LexicographicMatching matching) {
        this.graph = graph;
        this.matching = matching;
    }

    /** The deficient groups, largest shortfall first. */
    List<ShortageGroup> groups() {
        int studentCount = graph.studentCount();
        UnionFind parts = new UnionFind(studentCount + graph.placeCount());
        List<Integer> withoutPlace = new ArrayList<>();
        List<Integer> reachable = new ArrayList<>();
        boolean[] deficient = studentsReachableFromUnplaced();
        for (int student = 0; student < studentCount; student++) {
            if (!deficient[student]) {
                continue;
            }
            if (graph.edgeStart(student) == graph.edgeEnd(student)) {
                withoutPlace.add(student);
                continue;
            }
            reachable.add(student);
            for (int edge = graph.edgeStart(student); edge < graph.edgeEnd(student); edge++) {
                parts.union(student, studentCount + graph.edgePlace(edge));
            }
        }
        TreeMap<Integer, List<Integer>> studentsByPart = new TreeMap<>();
        for (int student : reachable) {
            studentsByPart.computeIfAbsent(parts.find(student), part -> new ArrayList<>()).add(student);
        }
        List<ShortageGroup> groups = new ArrayList<>();
        if (!withoutPlace.isEmpty()) {
            groups.add(group(withoutPlace));
        }
        for (List<Integer> students : studentsByPart.values()) {
            groups.add(group(students));
        }
        groups.sort(Comparator.comparingInt(ShortageGroup::shortfall).reversed()
                .thenComparing(group -> group.studentKeys().get(0)));
        return groups;
    }

    /**
     * The students reachable from an unplaced student by alternating paths: along an edge to a
     * place, back from a place to a student placed there. With a maximum assignment these students
     * and their places form the deficient sets of Hall's theorem: every place a reachable student
     * accepts is reachable and full. Read from the final assignment and every acceptable place, so
     * hubs, a device of the search, play no part.
     */
    private boolean[] studentsReachableFromUnplaced() {
        int studentCount = graph.studentCount();
        int placeCount = graph.placeCount();
        int[] occupantStart = new int[placeCount + 1];
        for (int student = 0; student < studentCount; student++) {
            int place = matching.assignedPlace(student);
            if (place >= 0) {
                occupantStart[place + 1]++;
            }
        }
        for (int place = 0; place < placeCount; place++) {
            occupantStart[place + 1] += occupantStart[place];
        }
        int[] occupants = new int[occupantStart[placeCount]];
        int[] filled = Arrays.copyOf(occupantStart, placeCount);
        boolean[] reached = new boolean[studentCount];
        int[] queue = new int[studentCount];
        int tail = 0;
        for (int student = 0; student < studentCount; student++) {
            int place = matching.assignedPlace(student);
            if (place >= 0) {
                occupants[filled[place]++] = student;
            } else {
                reached[student] = true;
                queue[tail++] = student;
            }
        }
        boolean[] placeReached = new boolean[placeCount];
        for (int head = 0; head < tail; head++) {
            int student = queue[head];
            for (int edge = graph.edgeStart(student); edge < graph.edgeEnd(student); edge++) {
                int place = graph.edgePlace(edge);
                if (placeReached[place]) {
                    continue;
                }
                placeReached[place] = true;
                for (int i = occupantStart[place]; i < occupantStart[place + 1]; i++) {
                    if (!reached[occupants[i]]) {
                        reached[occupants[i]] = true;
                        queue[tail++] = occupants[i];
                    }
                }
            }
        }
        return reached;
    }

    private ShortageGroup group(List<Integer> students) {
        TreeSet<Integer> places = new TreeSet<>();
        List<String> studentKeys = new ArrayList<>();
        SortedSet<String> requestedDistricts = new TreeSet<>();
        SortedSet<String> requestedAreas = new TreeSet<>();
        for (int student : students) {
            Request request = graph.request(student);
            studentKeys.add(request.studentKey());
            for (int edge = graph.edgeStart(student); edge < graph.edgeEnd(student); edge++) {
                places.add(graph.edgePlace(edge));
            }
            for (Preference preference : request.preferences()) {
                addRequested(preference, requestedDistricts, requestedAreas);
            }
        }
        studentKeys.sort(Comparator.naturalOrder());
        int capacity = 0;
        SortedMap<String, Integer> capacityByDistrict = new TreeMap<>();
        SortedMap<String, Integer> capacityByArea = new TreeMap<>();
        for (int place : places) {
            int free = graph.freeCapacity(place);
            capacity += free;
            capacityByDistrict.merge(graph.place(place).district(), free, Integer::sum);
            capacityByArea.merge(graph.place(place).area(), free, Integer::sum);
        }
        return new ShortageGroup(studentKeys, students.size(), capacity, capacityByDistrict, capacityByArea,
                requestedDistricts, requestedAreas);
    }

    private void addRequested(Preference preference, SortedSet<String> districts, SortedSet<String> areas) {
        if (preference instanceof Preference.InDistrict district) {
            districts.add(district.district());
        } else if (preference instanceof Preference.InArea area) {
            areas.add(area.area());
        } else if (preference instanceof Preference.InDistrictAndArea both) {
            districts.add(both.district());
            areas.add(both.area());
        } else {
            Preference.SinglePlace single = (Preference.SinglePlace) preference;
            graph.placeWithKey(single.placeKey()).ifPresent(place -> {
                districts.add(place.district());
                areas.add(place.area());
            });
        }
    }

    /** Disjoint sets with path halving; the parts of the reachable graph. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int size) {
            parent = new int[size];
            for (int i = 0; i < size; i++) {
                parent[i] = i;
            }
        }

        int find(int element) {
            while (parent[element] != element) {
                parent[element] = parent[parent[element]];
                element = parent[element];
            }
            return element;
        }

        void union(int a, int b) {
            parent[find(a)] = find(b);
        }
    }
}
