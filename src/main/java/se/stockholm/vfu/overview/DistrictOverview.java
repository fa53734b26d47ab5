package se.stockholm.vfu.overview;

import java.io.Serializable;
import java.util.List;

/** A district's own view of a term: its places, its units and how many of its supervisors have training. */
public record DistrictOverview(long districtId, String districtName, String termCode, int cityTarget,
                               List<PlaceLine> places, long activeUnits, long activeSupervisors,
                               long trainedOrEnrolledSupervisors) implements Serializable {

    public long placesReported() {
        return places.stream().mapToLong(PlaceLine::places).sum();
    }

    public long placesWithoutSupervisor() {
        return places.stream().filter(p -> p.supervisorName() == null).mapToLong(PlaceLine::places).sum();
    }
}
