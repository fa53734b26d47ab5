package se.stockholm.vfu.supervisor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.stockholm.vfu.common.BaseEntity;
import se.stockholm.vfu.reference.University;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One change of a supervisor's training status, as it was after the change: never edited, so the history
 * shows when a supervisor enrolled and when they completed, and who recorded it.
 */
@Entity
@Table(name = "supervisor_training_change")
public class TrainingChange extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supervisor_id", nullable = false, updatable = false)
    private Supervisor supervisor;

    @Enumerated(EnumType.STRING)
    @Column(name = "training_status", nullable = false, length = 16, updatable = false)
    private TrainingStatus status;

    @Column(length = Supervisor.COURSE_MAX, updatable = false)
    private String course;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "university_id", updatable = false)
    private University university;

    @Column(name = "start_date", updatable = false)
    private LocalDate startDate;

    @Column(name = "completed_date", updatable = false)
    private LocalDate completedDate;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 60, updatable = false)
    private String changedBy;

    protected TrainingChange() {
    }

    TrainingChange(Supervisor supervisor, String by, Instant at) {
        this.supervisor = supervisor;
        this.status = supervisor.getTrainingStatus();
        this.course = supervisor.getTrainingCourse();
        this.university = supervisor.getTrainingUniversity();
        this.startDate = supervisor.getTrainingStart();
        this.completedDate = supervisor.getTrainingCompleted();
        this.changedBy = Objects.requireNonNull(by);
        this.changedAt = Objects.requireNonNull(at);
    }

    public Supervisor getSupervisor() {
        return supervisor;
    }

    public TrainingStatus getStatus() {
        return status;
    }

    public String getCourse() {
        return course;
    }

    public University getUniversity() {
        return university;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getCompletedDate() {
        return completedDate;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
