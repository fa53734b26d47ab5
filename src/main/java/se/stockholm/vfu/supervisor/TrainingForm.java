package se.stockholm.vfu.supervisor;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A change of a supervisor's training status: none; enrolled (course, provider university, start date);
 * or completed (date, provider). Which details a status needs is the supervisor's own rule.
 */
public class TrainingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int START_YEARS_AHEAD = 2;

    private Long version;

    @NotNull(message = "{field.required}")
    private TrainingStatus status = TrainingStatus.NONE;

    @Size(max = Supervisor.COURSE_MAX, message = "{field.tooLong}")
    private String course;

    private Long universityId;

    /** An enrolment starts within {@value #START_YEARS_AHEAD} years: a later one counted as "enrolled" for years. */
    @TrainingDate(yearsAhead = START_YEARS_AHEAD, message = "{training.date.start}")
    private LocalDate start;

    /** A training is completed on a day that has come: a later date counted the supervisor as trained in advance. */
    @PastOrPresent(message = "{field.notFuture}")
    @TrainingDate
    private LocalDate completed;

    public static TrainingForm of(SupervisorRow row) {
        TrainingForm form = new TrainingForm();
        form.version = row.version();
        form.status = row.trainingStatus();
        form.course = row.trainingCourse();
        form.universityId = row.trainingUniversityId();
        form.start = row.trainingStart();
        form.completed = row.trainingCompleted();
        return form;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public TrainingStatus getStatus() {
        return status;
    }

    public void setStatus(TrainingStatus status) {
        this.status = status;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public Long getUniversityId() {
        return universityId;
    }

    public void setUniversityId(Long universityId) {
        this.universityId = universityId;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getCompleted() {
        return completed;
    }

    public void setCompleted(LocalDate completed) {
        this.completed = completed;
    }
}
