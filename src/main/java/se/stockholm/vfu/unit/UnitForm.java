package se.stockholm.vfu.unit;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * What a district contact fills in for a unit, on the page or as the JSON body of the API; validated at the
 * boundary before the service runs. The version is the one the user saw, so a concurrent change is refused.
 * The district is the caller's own; only a city-wide caller names one.
 */
public class UnitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long version;

    private Long districtId;

    @NotNull(message = "{field.required}")
    private Long areaId;

    @NotBlank(message = "{field.required}")
    @Size(max = Unit.NAME_MAX, message = "{field.tooLong}")
    private String name;

    @Size(max = Unit.CONTACT_NAME_MAX, message = "{field.tooLong}")
    private String contactName;

    @Email(message = "{field.email}")
    @Size(max = Unit.EMAIL_MAX, message = "{field.tooLong}")
    private String contactEmail;

    public static UnitForm of(UnitRow row) {
        UnitForm form = new UnitForm();
        form.version = row.version();
        form.districtId = row.districtId();
        form.areaId = row.areaId();
        form.name = row.name();
        form.contactName = row.contactName();
        form.contactEmail = row.contactEmail();
        return form;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }
}
