package se.stockholm.vfu.allocation.engine;

import java.util.Objects;

/**
 * One entry of a student's ranked preference list. Students usually rank districts and areas of
 * work; ranking single places is the general form the others reduce to. A request's rank for a place
 * is the position of the first entry that matches it, so an entry for a district and one for an
 * area can be mixed freely in one list.
 */
public sealed interface Preference {

    /** Whether the place is one this entry asks for. */
    boolean matches(Place place);

    /** Any place in the district. */
    record InDistrict(String district) implements Preference {
        public InDistrict {
            Objects.requireNonNull(district, "district");
        }

        @Override
        public boolean matches(Place place) {
            return place.district().equals(district);
        }
    }

    /** Any place in the area of work, whatever the district. */
    record InArea(String area) implements Preference {
        public InArea {
            Objects.requireNonNull(area, "area");
        }

        @Override
        public boolean matches(Place place) {
            return place.area().equals(area);
        }
    }

    /** Places in the area of work within the district. */
    record InDistrictAndArea(String district, String area) implements Preference {
        public InDistrictAndArea {
            Objects.requireNonNull(district, "district");
            Objects.requireNonNull(area, "area");
        }

        @Override
        public boolean matches(Place place) {
            return place.district().equals(district) && place.area().equals(area);
        }
    }

    /** One named place. */
    record SinglePlace(String placeKey) implements Preference {
        public SinglePlace {
            Objects.requireNonNull(placeKey, "placeKey");
        }

        @Override
        public boolean matches(Place place) {
            return place.key().equals(placeKey);
        }
    }
}
