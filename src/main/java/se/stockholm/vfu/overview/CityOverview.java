package se.stockholm.vfu.overview;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The central contact's view of a term: places reported per district against the target, and
 * requests per university. Districts that have reported nothing are listed with zero, so it is
 * plain who has not reported yet.
 */
public record CityOverview(String termCode, int targetPlaces, List<DistrictPlaces> districts,
                           Map<String, Long> requestsByUniversity) implements Serializable {

    public long placesReported() {
        return districts.stream().mapToLong(DistrictPlaces::places).sum();
    }

    public long requests() {
        return requestsByUniversity.values().stream().mapToLong(Long::longValue).sum();
    }

    public long districtsNotReported() {
        return districts.stream().filter(d -> d.places() == 0).count();
    }

    /** Share of the target reported, in whole percent, capped at 100 for the progress bar. */
    public int percentOfTarget() {
        if (targetPlaces == 0) {
            return 100;
        }
        return (int) Math.min(100, placesReported() * 100 / targetPlaces);
    }
}
