package se.stockholm.vfu.place;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import se.stockholm.vfu.api.LanguagesJson;
import se.stockholm.vfu.supervisor.TrainingStatus;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A place offer as lists, forms and the API show it, read in one query with its term, district, unit, area and supervisor. */
public record PlaceRow(long id, long version, String termCode, long districtId, String districtName, long unitId,
                       String unitName, boolean unitActive, long areaId, String areaCode, String areaNameSv,
                       String areaNameEn, int places, @JsonbTypeAdapter(LanguagesJson.Stored.class) String languages,
                       String notes, Long supervisorId,
                       String supervisorName, TrainingStatus supervisorTraining, PlaceStatus status,
                       String withdrawnReason, Instant withdrawnAt, String withdrawnBy, boolean changedAfterDeadline)
        implements Serializable {

    public List<String> languageList() {
        return List.of(languages.split(","));
    }

    @JsonbProperty("active")
    public boolean isActive() {
        return status == PlaceStatus.ACTIVE;
    }
}
