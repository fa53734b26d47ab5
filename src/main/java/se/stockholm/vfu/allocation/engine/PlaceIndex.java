package se.stockholm.vfu.allocation.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of the places each kind of preference entry matches, so reading a request costs the
 * size of its matches instead of a scan over every place for every entry.
 */
final class PlaceIndex {

    private final Map<String, List<Integer>> byKey = new HashMap<>();
    private final Map<String, List<Integer>> byDistrict = new HashMap<>();
    private final Map<String, List<Integer>> byArea = new HashMap<>();
    private final Map<List<String>, List<Integer>> byDistrictAndArea = new HashMap<>();

    PlaceIndex(List<Place> places) {
        for (int number = 0; number < places.size(); number++) {
            Place place = places.get(number);
            byKey.computeIfAbsent(place.key(), key -> new ArrayList<>()).add(number);
            byDistrict.computeIfAbsent(place.district(), key -> new ArrayList<>()).add(number);
            byArea.computeIfAbsent(place.area(), key -> new ArrayList<>()).add(number);
            byDistrictAndArea.computeIfAbsent(List.of(place.district(), place.area()), key -> new ArrayList<>())
                    .add(number);
        }
    }

    /** The numbers of the places the entry matches, in numbering order. */
    List<Integer> matching(Preference preference) {
        List<Integer> found;
        if (preference instanceof Preference.SinglePlace single) {
            found = byKey.get(single.placeKey());
        } else if (preference instanceof Preference.InDistrict district) {
            found = byDistrict.get(district.district());
        } else if (preference instanceof Preference.InArea area) {
            found = byArea.get(area.area());
        } else {
            Preference.InDistrictAndArea both = (Preference.InDistrictAndArea) preference;
            found = byDistrictAndArea.get(List.of(both.district(), both.area()));
        }
        return found == null ? List.of() : found;
    }
}
