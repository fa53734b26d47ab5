package se.stockholm.vfu.allocation.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Tells the central contact why a student got no place: first whether anything offered could ever
 * suit the request (preferences, then exclusions, then languages), then why the suitable places were
 * full. Because the flow is maximum, every acceptable place of an unplaced student is full; the
 * question left is who filled it.
 */
final class UnplacedExplanation {

    private final CandidateGraph graph;
    private final LexicographicMatching matching;
    private final Map<String, ShortageGroup> groupByStudent = new HashMap<>();

    UnplacedExplanation(CandidateGraph graph, LexicographicMatching matching, List<ShortageGroup> shortage) {
        this.graph = graph;
        this.matching = matching;
        for (ShortageGroup group : shortage) {
            group.studentKeys().forEach(student -> groupByStudent.put(student, group));
        }
    }

    Unplaced explain(int student) {
        Request request = graph.request(student);
        String key = request.studentKey();
        List<Integer> matchingPlaces = graph.matchingPlaces(request);
        if (matchingPlaces.isEmpty()) {
            return new Unplaced(key, UnplacedReason.NO_PLACE_MATCHES_PREFERENCES,
                    "No offered place matches any of the " + request.preferences().size() + " preferences");
        }
        List<Integer> outsideExcluded = matchingPlaces.stream().filter(place -> !excluded(request, place)).toList();
        if (outsideExcluded.isEmpty()) {
            return new Unplaced(key, UnplacedReason.ONLY_EXCLUDED_DISTRICTS_MATCH,
                    "All " + matchingPlaces.size() + " matching places are in excluded districts "
                            + new TreeSet<>(request.excludedDistricts()));
        }
        List<Integer> acceptable = outsideExcluded.stream().filter(place -> speaks(request, place)).toList();
        if (acceptable.isEmpty()) {
            return new Unplaced(key, UnplacedReason.NO_PLACE_IN_REQUIRED_LANGUAGE,
                    "None of the " + outsideExcluded.size() + " matching places outside excluded districts offers "
                            + new TreeSet<>(request.requiredLanguages()));
        }
        if (acceptable.stream().allMatch(place -> graph.freeCapacity(place) == 0)) {
            return new Unplaced(key, UnplacedReason.ACCEPTABLE_PLACES_HELD_BY_FIXED_ASSIGNMENTS,
                    "Fixed assignments fill all " + acceptable.size() + " acceptable places");
        }
        long excludedWithRoom = matchingPlaces.stream()
                .filter(place -> excluded(request, place) && speaks(request, place) && hasRoom(place))
                .count();
        if (excludedWithRoom > 0) {
            return new Unplaced(key, UnplacedReason.ONLY_EXCLUDED_DISTRICTS_HAD_ROOM,
                    "The " + acceptable.size() + " acceptable places are full; " + excludedWithRoom
                            + " matching places in excluded districts had room");
        }
        return new Unplaced(key, UnplacedReason.ALL_ACCEPTABLE_PLACES_FULL,
                "The " + acceptable.size() + " acceptable places went to others" + competition(key));
    }

    /** In an excluded district, or a place excluded for the student (an offer a district declined). */
    private boolean excluded(Request request, int place) {
        return !request.allows(graph.place(place));
    }

    private boolean speaks(Request request, int place) {
        return graph.place(place).offersAll(request.requiredLanguages());
    }

    private boolean hasRoom(int place) {
        return matching.placeLoad(place) < graph.freeCapacity(place);
    }

    private String competition(String studentKey) {
        return Optional.ofNullable(groupByStudent.get(studentKey))
                .map(group -> "; " + group.demand() + " students compete for " + group.capacity() + " places in "
                        + group.capacityByDistrict().keySet())
                .orElse("");
    }
}
