package se.stockholm.vfu.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.stockholm.vfu.common.BaseEntity;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.reference.District;

import java.time.Instant;
import java.util.Objects;

/**
 * One year's staff turnover of one staff group, for a district or, with no district, the whole city as reported.
 * Aggregate figures only (no person in them), so not part of the change history; who entered them last is kept.
 */
@Entity
@Table(name = "staff_turnover")
public class StaffTurnover extends BaseEntity {

    public static final String CITY = "CITY";
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    /**
     * More permanent staff than any staff group of the whole city has (the city employs about 40,000 in all): a figure
     * above it is a typing error. It also keeps the city's sums of the districts' figures (ints) far from overflowing.
     */
    public static final int MAX_STAFF = 100_000;

    @Column(name = "scope_key", nullable = false, length = 16, updatable = false)
    private String scopeKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_id", updatable = false)
    private District district;

    @Column(name = "report_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "staff_group", nullable = false, length = 24, updatable = false)
    private StaffGroup group;

    @Column(name = "permanent_staff", nullable = false)
    private int permanentStaff;

    @Column(name = "left_count", nullable = false)
    private int left;

    @Column(name = "moved_in_city", nullable = false)
    private int movedInCity;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    protected StaffTurnover() {
    }

    /** A district's figures, or the city's when {@code district} is null. */
    public StaffTurnover(District district, int year, StaffGroup group) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException("year", "recruitment.error.year", FIRST_YEAR, LAST_YEAR);
        }
        this.district = district;
        this.scopeKey = scopeKey(district == null ? null : district.getId());
        this.year = year;
        this.group = Objects.requireNonNull(group);
    }

    public static String scopeKey(Long districtId) {
        return districtId == null ? CITY : districtId.toString();
    }

    /** Sets the figures: 1 to {@link #MAX_STAFF} permanent employees, no more left than employed, no more moved than left. */
    public void set(int permanentStaff, int left, int movedInCity, String by, Instant at) {
        check(permanentStaff, left, movedInCity);
        this.permanentStaff = permanentStaff;
        this.left = left;
        this.movedInCity = movedInCity;
        this.changedBy = Objects.requireNonNull(by);
        this.changedAt = Objects.requireNonNull(at);
    }

    /** The rules of the figures, for a form or an imported row before anything is stored. */
    public static void check(int permanentStaff, int left, int movedInCity) {
        if (permanentStaff < 1 || permanentStaff > MAX_STAFF) {
            throw new InvalidInputException("permanentStaff", "recruitment.error.staff", MAX_STAFF);
        }
        if (left < 0 || left > permanentStaff) {
            throw new InvalidInputException("left", "recruitment.error.left");
        }
        if (movedInCity < 0 || movedInCity > left) {
            throw new InvalidInputException("movedInCity", "recruitment.error.moved");
        }
    }

    public District getDistrict() {
        return district;
    }

    public int getYear() {
        return year;
    }

    public StaffGroup getGroup() {
        return group;
    }

    public int getPermanentStaff() {
        return permanentStaff;
    }

    public int getLeft() {
        return left;
    }

    public int getMovedInCity() {
        return movedInCity;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
