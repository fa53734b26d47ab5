package se.stockholm.vfu.overview;

import java.io.Serializable;

/** One district's line in the term overview: places reported (active offers) and how many offers carry them. */
public record DistrictPlaces(long districtId, String code, String name, long places, long offers)
        implements Serializable {
}
