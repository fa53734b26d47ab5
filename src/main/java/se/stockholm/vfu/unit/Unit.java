package se.stockholm.vfu.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import se.stockholm.vfu.common.BaseEntity;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;

import java.time.Instant;
import java.util.Objects;

/**
 * A team (enhet) inside a district that receives students. Deactivated, never deleted, so the place offers
 * and supervisors of past terms still point at it; who deactivated it and when is kept, and who took it into use again.
 */
@Entity
@Audited
@Table(name = "unit")
public class Unit extends BaseEntity {

    public static final int NAME_MAX = 120;
    public static final int CONTACT_NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false, updatable = false)
    private District district;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    private AreaOfWork area;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "contact_name", length = CONTACT_NAME_MAX)
    private String contactName;

    @Column(name = "contact_email", length = EMAIL_MAX)
    private String contactEmail;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @Column(name = "deactivated_by", length = 60)
    private String deactivatedBy;

    @Column(name = "reactivated_at")
    private Instant reactivatedAt;

    @Column(name = "reactivated_by", length = 60)
    private String reactivatedBy;

    protected Unit() {
    }

    public Unit(District district, AreaOfWork area, String name) {
        this.district = Objects.requireNonNull(district);
        change(area, name);
    }

    /** Renames the unit or moves it to another area of work; a deactivated unit is history and stays as it was. */
    public final void change(AreaOfWork area, String name) {
        requireActive();
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "district.error.required");
        }
        this.area = Objects.requireNonNull(area);
        this.name = name.trim();
    }

    public void setContact(String contactName, String contactEmail) {
        this.contactName = blankToNull(contactName);
        this.contactEmail = blankToNull(contactEmail);
    }

    /** Takes the unit out of use: no new supervisors or places; what it had stays, as history. */
    public void deactivate(String by, Instant at) {
        requireActive();
        this.active = false;
        this.deactivatedBy = Objects.requireNonNull(by);
        this.deactivatedAt = Objects.requireNonNull(at);
    }

    /**
     * Takes a deactivated unit into use again. Its last deactivation (who, when) stays beside who reactivated it and
     * when; its supervisors stay as they were (each is activated on its own).
     */
    public void reactivate(String by, Instant at) {
        if (active) {
            throw new InvalidInputException(null, "district.unit.error.alreadyActive");
        }
        this.active = true;
        this.reactivatedBy = Objects.requireNonNull(by);
        this.reactivatedAt = Objects.requireNonNull(at);
    }

    /** Refuses a change to a deactivated unit. */
    public void requireActive() {
        if (!active) {
            throw new InvalidInputException(null, "district.unit.error.inactive");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public District getDistrict() {
        return district;
    }

    public AreaOfWork getArea() {
        return area;
    }

    public String getName() {
        return name;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getDeactivatedAt() {
        return deactivatedAt;
    }

    public String getDeactivatedBy() {
        return deactivatedBy;
    }

    public Instant getReactivatedAt() {
        return reactivatedAt;
    }

    public String getReactivatedBy() {
        return reactivatedBy;
    }
}
