package se.stockholm.vfu.allocation.engine;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A student's request (förfrågan) as the engine sees it.
 * <p>
 * A place is <em>acceptable</em> when it matches an entry of {@code preferences} or, if
 * {@code acceptsUnrankedPlaces} is set, any place at all; and, in both cases, it is outside the
 * excluded districts and the excluded places, and offers every required language. "No preference" is an empty list with
 * {@code acceptsUnrankedPlaces} set. Unranked acceptable places count at the problem's last rank.
 *
 * @param studentKey            unique key of the student
 * @param preferences           ranked entries, best first; duplicates are allowed and harmless
 * @param acceptsUnrankedPlaces whether places matching no entry are acceptable too
 * @param excludedDistricts     districts the student must never be placed in
 * @param requiredLanguages     languages a place must all offer; Swedish is listed explicitly
 * @param needsExtraSupport     whether the university flagged the student for extra support
 * @param excludedPlaces        keys of places the student must not be given, such as offers a district declined
 */
public record Request(String studentKey, List<Preference> preferences, boolean acceptsUnrankedPlaces,
                      Set<String> excludedDistricts, Set<String> requiredLanguages, boolean needsExtraSupport,
                      Set<String> excludedPlaces) {

    public Request {
        Objects.requireNonNull(studentKey, "studentKey");
        preferences = List.copyOf(preferences);
        excludedDistricts = Set.copyOf(excludedDistricts);
        requiredLanguages = Set.copyOf(requiredLanguages);
        excludedPlaces = Set.copyOf(excludedPlaces);
    }

    /** A request without excluded places. */
    public Request(String studentKey, List<Preference> preferences, boolean acceptsUnrankedPlaces,
                   Set<String> excludedDistricts, Set<String> requiredLanguages, boolean needsExtraSupport) {
        this(studentKey, preferences, acceptsUnrankedPlaces, excludedDistricts, requiredLanguages, needsExtraSupport,
                Set.of());
    }

    /** Whether the place is outside the excluded districts and places: the hard rules besides language. */
    public boolean allows(Place place) {
        return !excludedDistricts.contains(place.district()) && !excludedPlaces.contains(place.key());
    }

    /**
     * The rank this request gives the place if it is acceptable, 0 if it is not.
     *
     * @param lastRank the rank of acceptable places that match no entry
     */
    public int rankOf(Place place, int lastRank) {
        if (!allows(place) || !place.offersAll(requiredLanguages)) {
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
