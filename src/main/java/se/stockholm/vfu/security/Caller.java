package se.stockholm.vfu.security;

import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.Filters;

import java.io.Serializable;

/**
 * Who is calling and what part of the data they may see. Every service asks the caller before
 * it reads or changes district or university data, so the rule holds for pages, exports and the
 * API alike and not only where a button is hidden.
 */
public record Caller(String username, String displayName, Role role,
                     Long districtId, String districtName,
                     Long universityId, String universityCode) implements Serializable {

    public boolean isCityWide() {
        return role.isCityWide();
    }

    public boolean mayReadDistrict(long districtId) {
        return isCityWide() || (role == Role.DISTRICT && this.districtId != null && this.districtId == districtId);
    }

    public boolean mayReadUniversity(long universityId) {
        return isCityWide()
                || (role == Role.UNIVERSITY && this.universityId != null && this.universityId == universityId);
    }

    public void requireDistrict(long districtId) {
        if (!mayReadDistrict(districtId)) {
            throw new AccessDeniedException();
        }
    }

    public void requireUniversity(long universityId) {
        if (!mayReadUniversity(universityId)) {
            throw new AccessDeniedException();
        }
    }

    public void requireCityWide() {
        if (!isCityWide()) {
            throw new AccessDeniedException();
        }
    }

    /**
     * The district a list is limited to: a district contact's own whatever the filter asks for; for a city-wide
     * caller the district filter (an id), or none; for anyone else a district that does not exist.
     */
    public Long districtScope(String districtFilter) {
        if (isCityWide()) {
            return districtFilter == null || districtFilter.isBlank() ? null : Filters.id(districtFilter);
        }
        return role == Role.DISTRICT && districtId != null ? districtId : -1L;
    }

    /** The caller's scope in a few words, for the page header: "Södermalm", "SU" or nothing. */
    public String scopeLabel() {
        if (role == Role.DISTRICT) {
            return districtName;
        }
        if (role == Role.UNIVERSITY) {
            return universityCode;
        }
        return null;
    }
}
