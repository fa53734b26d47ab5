package se.stockholm.vfu.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.stockholm.vfu.common.BaseEntity;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;

import java.util.Objects;

/** A team (enhet) inside a district that receives students. Deactivated, never deleted, so history stays. */
@Entity
@Table(name = "unit")
public class Unit extends BaseEntity {

    public static final int NAME_MAX = 120;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false, updatable = false)
    private District district;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    private AreaOfWork area;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "contact_name", length = 120)
    private String contactName;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(nullable = false)
    private boolean active = true;

    protected Unit() {
    }

    public Unit(District district, AreaOfWork area, String name) {
        this.district = Objects.requireNonNull(district);
        this.area = Objects.requireNonNull(area);
        this.name = Objects.requireNonNull(name);
    }

    public void setContact(String contactName, String contactEmail) {
        this.contactName = contactName;
        this.contactEmail = contactEmail;
    }

    public void deactivate() {
        this.active = false;
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
}
