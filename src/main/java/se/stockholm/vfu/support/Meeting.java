package se.stockholm.vfu.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import se.stockholm.vfu.common.BaseEntity;
import se.stockholm.vfu.placement.Placement;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The three-way meeting of a placement: the student, the supervisor and the university's teacher, when and where
 * (a room or a link), and whether it was held. One per placement; set by the university or the district.
 */
@Entity
@Audited
@Table(name = "placement_meeting")
public class Meeting extends BaseEntity {

    public static final int TEACHER_MAX = 120;
    public static final int PLACE_MAX = 300;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "placement_id", nullable = false, updatable = false)
    private Placement placement;

    @Column(name = "teacher_name", nullable = false, length = TEACHER_MAX)
    private String teacherName;

    @Column(name = "meeting_at", nullable = false)
    private LocalDateTime meetingAt;

    @Column(nullable = false, length = PLACE_MAX)
    private String place;

    @Column(nullable = false)
    private boolean held;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    protected Meeting() {
    }

    public Meeting(Placement placement) {
        this.placement = Objects.requireNonNull(placement);
    }

    public void set(String teacherName, LocalDateTime meetingAt, String place, boolean held, String by, Instant at) {
        this.teacherName = Objects.requireNonNull(teacherName).trim();
        this.meetingAt = Objects.requireNonNull(meetingAt);
        this.place = Objects.requireNonNull(place).trim();
        this.held = held;
        this.changedBy = Objects.requireNonNull(by);
        this.changedAt = Objects.requireNonNull(at);
    }

    public Placement getPlacement() {
        return placement;
    }

    public String getTeacherName() {
        return teacherName;
    }

    public LocalDateTime getMeetingAt() {
        return meetingAt;
    }

    public String getPlace() {
        return place;
    }

    public boolean isHeld() {
        return held;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
