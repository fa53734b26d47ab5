package se.stockholm.vfu.allocation.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A builder for hand-written test problems: places in Swedish without a trained supervisor and
 * requests with Swedish only, unless a test says otherwise.
 */
final class Problems {

    private final List<Place> places = new ArrayList<>();
    private final List<Request> requests = new ArrayList<>();
    private final List<FixedAssignment> fixed = new ArrayList<>();
    private long seed;

    static Problems problem() {
        return new Problems();
    }

    Problems place(String key, String district, String area, int capacity) {
        return place(new Place(key, district, "Enhet " + key, area, capacity, Set.of("sv"), false));
    }

    Problems place(Place place) {
        places.add(place);
        return this;
    }

    Problems trainedPlace(String key, String district, String area, int capacity) {
        return place(new Place(key, district, "Enhet " + key, area, capacity, Set.of("sv"), true));
    }

    Problems request(String student, Preference... preferences) {
        return request(new Request(student, List.of(preferences), false, Set.of(), Set.of("sv"), false));
    }

    Problems request(Request request) {
        requests.add(request);
        return this;
    }

    Problems noPreference(String student, Set<String> excludedDistricts) {
        return request(new Request(student, List.of(), true, excludedDistricts, Set.of("sv"), false));
    }

    Problems fixed(String student, String place) {
        fixed.add(new FixedAssignment(student, place));
        return this;
    }

    Problems seed(long value) {
        seed = value;
        return this;
    }

    AllocationProblem build() {
        return new AllocationProblem(requests, places, fixed, new AllocationOptions(seed));
    }

    static Preference district(String name) {
        return new Preference.InDistrict(name);
    }

    static Preference area(String name) {
        return new Preference.InArea(name);
    }

    static Preference place(String key) {
        return new Preference.SinglePlace(key);
    }
}
