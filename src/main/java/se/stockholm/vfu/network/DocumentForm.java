package se.stockholm.vfu.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A document's title, description and who it is shared with; {@code version} is the one read (edits only). */
public class DocumentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{field.required}")
    @Size(max = NetworkDocument.TITLE_MAX, message = "{field.tooLong}")
    private String title;

    @Size(max = NetworkDocument.DESCRIPTION_MAX, message = "{field.tooLong}")
    private String description;

    private boolean allDistricts = true;
    private boolean allUniversities = true;
    private List<Long> districtIds = new ArrayList<>();
    private List<Long> universityIds = new ArrayList<>();
    private Long version;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

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

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
