package se.stockholm.vfu.allocation.engine;

import java.util.Objects;
import java.util.Set;

/**
 * A place a district offers for the term: a unit in an area of work that can take {@code capacity}
 * students. The engine needs the district (for exclusions and preferences), the area (for
 * preferences), the languages the unit can work in and whether its supervisor has completed
 * supervisor training (students who need extra support go there when it costs nothing).
 *
 * @param key                unique key of the place
 * @param district           the district administration offering it
 * @param unit               the receiving unit, shown to people only
 * @param area               the area of work
 * @param capacity           how many students it takes, zero or more
 * @param languages          the languages the unit works in, e.g. {@code sv}, {@code en}
 * @param supervisorTrained  whether the supervisor has completed supervisor training
 */
public record Place(String key, String district, String unit, String area, int capacity,
                    Set<String> languages, boolean supervisorTrained) {

    public Place {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(area, "area");
        if (capacity < 0) {
            throw new IllegalArgumentException("Place " + key + " has a negative capacity");
        }
        languages = Set.copyOf(languages);
    }

    /** Whether the unit works in every language the student requires. */
    public boolean offersAll(Set<String> requiredLanguages) {
        return languages.containsAll(requiredLanguages);
    }
}
