package se.stockholm.vfu.allocation.engine;

import java.util.Objects;
import java.util.Set;

/**
 * A place that does not exist yet: in a district and an area of work, working in the given languages (the
 * district's usual ones), with a supervisor who completed supervisor training.
 *
 * @param district  the district that would offer it
 * @param area      its area of work
 * @param languages the languages it would work in
 */
public record HypotheticalPlace(String district, String area, Set<String> languages) {

    public HypotheticalPlace {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(area, "area");
        languages = Set.copyOf(languages);
    }

    /** The place as the engine sees it, under a key no preference can name. */
    Place asPlace(int capacity) {
        return new Place("\u0000what-if\u0000" + district + "\u0000" + area, district, "", area, capacity, languages,
                true);
    }
}
