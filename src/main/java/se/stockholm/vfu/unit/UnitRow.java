package se.stockholm.vfu.unit;

import java.io.Serializable;
import java.time.Instant;

/** A unit as lists, forms and the API show it, read in one query with its district and area. */
public record UnitRow(long id, long version, long districtId, String districtName, long areaId, String areaCode,
                      String areaNameSv, String areaNameEn, String name, String contactName, String contactEmail,
                      boolean active, Instant deactivatedAt, String deactivatedBy, Instant reactivatedAt,
                      String reactivatedBy) implements Serializable {

    public String areaName(String language) {
        return "en".equals(language) ? areaNameEn : areaNameSv;
    }
}
