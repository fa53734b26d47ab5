package se.stockholm.vfu.supervisor;

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
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.unit.Unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A staff member who supervises students (handledare), in one unit, with their supervisor-training status.
 * The status and its details must fit together (enrolled: course, provider and start; completed: provider
 * and date), and every change of it leaves a {@link TrainingChange}, so the city can follow its goal that all
 * supervisors have the training or start it.
 */
@Entity
@Audited
@Table(name = "supervisor")
public class Supervisor extends BaseEntity {

    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int TITLE_MAX = 120;
    public static final int COURSE_MAX = 200;
    public static final int MAX_STUDENTS = 10;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    @Column(length = TITLE_MAX)
    private String title;

    @Column(name = "max_students", nullable = false)
    private int maxStudents = 1;

    @Enumerated(EnumType.STRING)
    @Column(name = "training_status", nullable = false, length = 16)
    private TrainingStatus trainingStatus = TrainingStatus.NONE;

    @Column(name = "training_course", length = COURSE_MAX)
    private String trainingCourse;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "training_university_id")
    private University trainingUniversity;

    @Column(name = "training_start")
    private LocalDate trainingStart;

    @Column(name = "training_completed")
    private LocalDate trainingCompleted;

    @Column(nullable = false)
    private boolean active = true;

    protected Supervisor() {
    }

    public Supervisor(Unit unit, String name, String email) {
        moveTo(unit);
        rename(name, email);
    }

    public final void rename(String name, String email) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "district.error.required");
        }
        if (email == null || email.isBlank()) {
            throw new InvalidInputException("email", "district.error.required");
        }
        this.name = name.trim();
        this.email = email.trim().toLowerCase();
    }

    /** Moves the supervisor to another unit of the same district; never to a deactivated unit. */
    public final void moveTo(Unit unit) {
        Objects.requireNonNull(unit);
        // ids, not equals(): either side may be a lazy proxy
        if (this.unit != null && !Objects.equals(this.unit.getDistrict().getId(), unit.getDistrict().getId())) {
            throw new InvalidInputException("unit", "district.supervisor.error.otherDistrict");
        }
        if (this.unit == null || !Objects.equals(this.unit.getId(), unit.getId())) {
            unit.requireActive();
        }
        this.unit = unit;
    }

    public void setMaxStudents(int maxStudents) {
        if (maxStudents < 1 || maxStudents > MAX_STUDENTS) {
            throw new InvalidInputException("maxStudents", "district.supervisor.error.maxStudents", MAX_STUDENTS);
        }
        this.maxStudents = maxStudents;
    }

    public void setTitle(String title) {
        this.title = title == null || title.isBlank() ? null : title.trim();
    }

    /**
     * Sets the training status with the details it needs, and returns the change to keep as history, or
     * null when nothing changed. Details that do not belong to the status are dropped.
     */
    public TrainingChange changeTraining(TrainingStatus status, String course, University university,
                                         LocalDate start, LocalDate completed, String by, Instant at) {
        Objects.requireNonNull(status);
        String trimmedCourse = course == null || course.isBlank() ? null : course.trim();
        switch (status) {
            case NONE -> {
                trimmedCourse = null;
                university = null;
                start = null;
                completed = null;
            }
            case ENROLLED -> {
                require(trimmedCourse, "trainingCourse");
                require(university, "trainingUniversity");
                require(start, "trainingStart");
                completed = null;
            }
            case COMPLETED -> {
                require(university, "trainingUniversity");
                require(completed, "trainingCompleted");
                if (start != null && completed.isBefore(start)) {
                    throw new InvalidInputException("trainingCompleted", "district.supervisor.error.completedBeforeStart");
                }
            }
        }
        if (status == trainingStatus && Objects.equals(trimmedCourse, trainingCourse)
                && Objects.equals(idOf(university), idOf(trainingUniversity)) && Objects.equals(start, trainingStart)
                && Objects.equals(completed, trainingCompleted)) {
            return null;
        }
        this.trainingStatus = status;
        this.trainingCourse = trimmedCourse;
        this.trainingUniversity = university;
        this.trainingStart = start;
        this.trainingCompleted = completed;
        return new TrainingChange(this, by, at);
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        unit.requireActive();
        this.active = true;
    }

    private static Long idOf(University university) {
        return university == null ? null : university.getId();
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "district.supervisor.error.trainingDetails");
        }
    }

    public Unit getUnit() {
        return unit;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getTitle() {
        return title;
    }

    public int getMaxStudents() {
        return maxStudents;
    }

    public TrainingStatus getTrainingStatus() {
        return trainingStatus;
    }

    public String getTrainingCourse() {
        return trainingCourse;
    }

    public University getTrainingUniversity() {
        return trainingUniversity;
    }

    public LocalDate getTrainingStart() {
        return trainingStart;
    }

    public LocalDate getTrainingCompleted() {
        return trainingCompleted;
    }

    public boolean isActive() {
        return active;
    }
}
