package se.stockholm.vfu.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import se.stockholm.vfu.common.BaseEntity;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.unit.Unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A district's trainee post(s): a unit, an area of work, a period and how many posts. The unit must be the district's
 * own; the period must not end before it starts.
 */
@Entity
@Audited
@Table(name = "trainee_post")
public class TraineePost extends BaseEntity {

    public static final int MAX_POSTS = 100;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false, updatable = false)
    private District district;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    private AreaOfWork area;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(nullable = false)
    private int posts;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PostStatus status;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    protected TraineePost() {
    }

    public TraineePost(District district, Unit unit, AreaOfWork area, LocalDate periodStart, LocalDate periodEnd,
                       int posts, PostStatus status, String by, Instant at) {
        this.district = Objects.requireNonNull(district);
        change(unit, area, periodStart, periodEnd, posts, status, by, at);
    }

    public final void change(Unit unit, AreaOfWork area, LocalDate periodStart, LocalDate periodEnd, int posts,
                             PostStatus status, String by, Instant at) {
        if (unit == null || !Objects.equals(unit.getDistrict().getId(), district.getId())) {
            throw new InvalidInputException("unit", "recruitment.error.unitOtherDistrict");
        }
        if (area == null) {
            throw new InvalidInputException("area", "recruitment.error.areaRequired");
        }
        if (periodStart == null || periodEnd == null || periodEnd.isBefore(periodStart)) {
            throw new InvalidInputException("periodEnd", "recruitment.error.period");
        }
        if (posts < 1 || posts > MAX_POSTS) {
            throw new InvalidInputException("posts", "recruitment.error.posts");
        }
        this.unit = unit;
        this.area = area;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.posts = posts;
        this.status = Objects.requireNonNull(status);
        this.changedBy = by;
        this.changedAt = at;
    }

    public District getDistrict() {
        return district;
    }

    public Unit getUnit() {
        return unit;
    }

    public AreaOfWork getArea() {
        return area;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public int getPosts() {
        return posts;
    }

    public PostStatus getStatus() {
        return status;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
