package se.stockholm.vfu.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import se.stockholm.vfu.common.BaseEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One run of the retention job: when, who started it (or 'system'), the limits it applied and what it did. */
@Entity
@Table(name = "retention_run")
public class RetentionRun extends BaseEntity {

    @Column(name = "ran_at", nullable = false, updatable = false)
    private Instant ranAt;

    @Column(name = "run_by", nullable = false, length = 60, updatable = false)
    private String runBy;

    @Column(name = "run_trigger", nullable = false, length = 16, updatable = false)
    private String trigger;

    @Column(name = "requests_before", nullable = false, updatable = false)
    private LocalDate requestsBefore;

    @Column(name = "placements_before", nullable = false, updatable = false)
    private LocalDate placementsBefore;

    @Column(name = "inquiries_before", nullable = false, updatable = false)
    private LocalDate inquiriesBefore;

    @Column(name = "notifications_before", nullable = false, updatable = false)
    private LocalDate notificationsBefore;

    @Column(nullable = false, updatable = false)
    private int requests;

    @Column(nullable = false, updatable = false)
    private int placements;

    @Column(nullable = false, updatable = false)
    private int inquiries;

    @Column(nullable = false, updatable = false)
    private int notifications;

    /** Trainee-post candidates anonymised (recruitment). */
    @Column(nullable = false, updatable = false)
    private int candidates;

    protected RetentionRun() {
    }

    RetentionRun(Instant ranAt, String runBy, String trigger, RetentionLimits limits, int requests, int placements,
                 int inquiries, int notifications) {
        this.ranAt = Objects.requireNonNull(ranAt);
        this.runBy = Objects.requireNonNull(runBy);
        this.trigger = Objects.requireNonNull(trigger);
        this.requestsBefore = limits.requestsBefore();
        this.placementsBefore = limits.placementsBefore();
        this.inquiriesBefore = limits.inquiriesBefore();
        this.notificationsBefore = limits.notificationsBefore();
        this.requests = requests;
        this.placements = placements;
        this.inquiries = inquiries;
        this.notifications = notifications;
    }

    void setCandidates(int candidates) {
        this.candidates = candidates;
    }

    public int getCandidates() {
        return candidates;
    }

    public RetentionReport toReport() {
        return new RetentionReport(getId(), ranAt, runBy, trigger, new RetentionLimits(requestsBefore, placementsBefore,
                inquiriesBefore, notificationsBefore), requests, placements, inquiries, notifications, candidates);
    }
}
