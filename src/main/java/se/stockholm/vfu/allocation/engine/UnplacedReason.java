package se.stockholm.vfu.allocation.engine;

/**
 * Why a student got no place, from the most basic cause to the least. The first three say the
 * request cannot be met by anything offered; the last three say there were places but not enough.
 */
public enum UnplacedReason {

    /** No offered place matches any of the student's preferences. */
    NO_PLACE_MATCHES_PREFERENCES,

    /** Every place matching the preferences is in a district the student excluded. */
    ONLY_EXCLUDED_DISTRICTS_MATCH,

    /** Places match outside the excluded districts, but none offers all required languages. */
    NO_PLACE_IN_REQUIRED_LANGUAGE,

    /** Every acceptable place is filled by fixed assignments made before the run. */
    ACCEPTABLE_PLACES_HELD_BY_FIXED_ASSIGNMENTS,

    /** The acceptable places are full, while matching places in excluded districts had room left. */
    ONLY_EXCLUDED_DISTRICTS_HAD_ROOM,

    /** The acceptable places went to other students: no allocation places more students. */
    ALL_ACCEPTABLE_PLACES_FULL
}
