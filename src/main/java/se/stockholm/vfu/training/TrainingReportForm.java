package se.stockholm.vfu.training;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a university coordinator fills in to report supervisor training for a term, with the version of the report
 * it was read at ({@link TrainingReport#NEW_VERSION} for a report not yet saved).
 */
public class TrainingReportForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long version;

    @Valid
    @Size(max = TrainingReport.COURSES_MAX, message = "{training.coursesMax}")
    private List<CourseForm> courses = new ArrayList<>();

    @Min(value = 0, message = "{field.min}")
    @Max(value = TrainingReport.STAFF_MAX, message = "{field.maxCount}")
    private int staffOffered;

    @Min(value = 0, message = "{field.min}")
    @Max(value = TrainingReport.STAFF_MAX, message = "{field.maxCount}")
    private int staffNotGivenPlace;

    @Size(max = TrainingReport.SUMMARY_MAX, message = "{field.tooLong}")
    private String evaluationSummary;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<CourseForm> getCourses() {
        return courses;
    }

    public void setCourses(List<CourseForm> courses) {
        this.courses = courses;
    }

    public int getStaffOffered() {
        return staffOffered;
    }

    public void setStaffOffered(int staffOffered) {
        this.staffOffered = staffOffered;
    }

    public int getStaffNotGivenPlace() {
        return staffNotGivenPlace;
    }

    public void setStaffNotGivenPlace(int staffNotGivenPlace) {
        this.staffNotGivenPlace = staffNotGivenPlace;
    }

    public String getEvaluationSummary() {
        return evaluationSummary;
    }

    public void setEvaluationSummary(String evaluationSummary) {
        this.evaluationSummary = evaluationSummary;
    }
}
