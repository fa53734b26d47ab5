package se.stockholm.vfu.place;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.stockholm.vfu.api.LanguagesJson;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A place offer as the district contact reports it, on the page or as the API's JSON body. The supervisor
 * may be left empty: a place is reported before a person is named.
 */
public class PlaceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long version;

    @NotNull(message = "{field.required}")
    private Long unitId;

    @NotNull(message = "{field.required}")
    private Long areaId;

    @NotNull(message = "{field.required}")
    @Min(value = PlaceOffer.MIN_PLACES, message = "{district.place.placesMin}")
    @Max(value = PlaceOffer.MAX_PLACES, message = "{district.place.placesMax}")
    private Integer places = 1;

    @JsonbTypeDeserializer(LanguagesJson.AsList.class)
    private List<String> languages = new ArrayList<>(List.of("sv"));

    @Size(max = PlaceOffer.NOTES_MAX, message = "{field.tooLong}")
    private String notes;

    private Long supervisorId;

    public static PlaceForm of(PlaceRow row) {
        PlaceForm form = new PlaceForm();
        form.version = row.version();
        form.unitId = row.unitId();
        form.areaId = row.areaId();
        form.places = row.places();
        form.languages = new ArrayList<>(row.languageList());
        form.notes = row.notes();
        form.supervisorId = row.supervisorId();
        return form;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public Integer getPlaces() {
        return places;
    }

    public void setPlaces(Integer places) {
        this.places = places;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Long getSupervisorId() {
        return supervisorId;
    }

    public void setSupervisorId(Long supervisorId) {
        this.supervisorId = supervisorId;
    }
}
