package se.stockholm.vfu.recruitment;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A trainee post as lists show it, with how many candidates it has and how many were hired. */
public record PostRow(long id, long version, long districtId, String districtName, long unitId, String unitName,
                      long areaId, String areaNameSv, String areaNameEn, LocalDate periodStart, LocalDate periodEnd,
                      int posts, PostStatus status, long candidates, long hired, Instant changedAt,
                      String changedBy) implements Serializable {

    public String areaName(String language) {
        return "en".equals(language) ? areaNameEn : areaNameSv;
    }
}
