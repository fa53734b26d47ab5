package se.stockholm.vfu.allocation.engine;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A student's request (förfrågan) as the engine sees it.
 * <p>
 * A place is <em>acceptable</em> when it matches an entry of {@code preferences} or, if
 * {@code acceptsUnrankedPlaces} is set, any place at all; and, in both cases, it is outside the
 * excluded districts and offers every required language. "No preference" is an empty list with
 * {@code acceptsUnrankedPlaces} set. Unranked acceptable places count at the problem's last rank.
 *
 * @param studentKey            unique key of the student
 * @param preferences           ranked entries, best first; duplicates are allowed and harmless
 * @param acceptsUnrankedPlaces whether places matching no entry are acceptable too
 * @param excludedDistricts     districts the student must never be placed in
 * @param requiredLanguages     languages a place must all offer; Swedish is listed explicitly
 * @param needsExtraSupport     whether the university flagged the student for extra support
 */
public record Request(String studentKey, List<Preference> preferences, boolean acceptsUnrankedPlaces,
                      Set<String> excludedDistricts, Set<String> requiredLanguages, boolean needsExtraSupport) {

    public Request {
        Objects.requireNonNull(studentKey, "studentKey");
        preferences = List.copyOf(preferences);
        excludedDistricts = Set.copyOf(excludedDistricts);
        requiredLanguages = Set.copyOf(requiredLanguages);
    }

    /**
     * The rank this request gives the place if it is acceptable, 0 if it is not.
     *
     * @param lastRank the rank of acceptable places that match no entry
     */
    public int rankOf(Place place, int lastRank) {
        if (excludedDistricts.contains(place.district()) || !place.offersAll(requiredLanguages)) {
            return 0;
        }
        for (int position = 0; position < preferences.size(); position++) {
            if (preferences.get(position).matches(place)) {
                return position + 1;
            }
        }
        return acceptsUnrankedPlaces ? lastRank : 0;
    }
}
