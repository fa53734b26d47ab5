package se.stockholm.vfu.network;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Who an event or a document is for: every district or the chosen ones, every university or the chosen ones. The
 * forms of both extend it, so their JSON stays flat and the service reads the audience the same way.
 */
public abstract class AudienceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean allDistricts = true;
    private boolean allUniversities = true;
    private List<Long> districtIds = new ArrayList<>();
    private List<Long> universityIds = new ArrayList<>();

    public boolean isAllDistricts() {
        return allDistricts;
    }

    public void setAllDistricts(boolean allDistricts) {
        this.allDistricts = allDistricts;
    }

    public boolean isAllUniversities() {
        return allUniversities;
    }

    public void setAllUniversities(boolean allUniversities) {
        this.allUniversities = allUniversities;
    }

    public List<Long> getDistrictIds() {
        return districtIds;
    }

    public void setDistrictIds(List<Long> districtIds) {
        this.districtIds = districtIds == null ? new ArrayList<>() : districtIds;
    }

    public List<Long> getUniversityIds() {
        return universityIds;
    }

    public void setUniversityIds(List<Long> universityIds) {
        this.universityIds = universityIds == null ? new ArrayList<>() : universityIds;
    }
}
