package se.stockholm.vfu.training;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import se.stockholm.vfu.common.BaseEntity;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.term.Term;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A university's report to the city on supervisor training in a term: the courses it offered, how
 * many district staff were offered a place, how many could not be given one, and what the
 * evaluations said. One per university and term.
 */
@Entity
@Audited
@Table(name = "training_report")
public class TrainingReport extends BaseEntity {

    public static final int SUMMARY_MAX = 4000;
    /** The most staff a report may name in either count. */
    public static final int STAFF_MAX = 100_000;
    /** The most courses one report lists. */
    public static final int COURSES_MAX = 50;
    /** The version a form carries for a report never saved: saving it fails if someone saved one meanwhile. */
    public static final long NEW_VERSION = -1;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id", nullable = false, updatable = false)
    private Term term;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "university_id", nullable = false, updatable = false)
    private University university;

    @ElementCollection
    @CollectionTable(name = "training_course", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<TrainingCourse> courses = new ArrayList<>();

    @Column(name = "staff_offered", nullable = false)
    private int staffOffered;

    @Column(name = "staff_not_given_place", nullable = false)
    private int staffNotGivenPlace;

    @Column(name = "evaluation_summary", length = SUMMARY_MAX)
    private String evaluationSummary;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    protected TrainingReport() {
    }

    public TrainingReport(Term term, University university) {
        this.term = Objects.requireNonNull(term);
        this.university = Objects.requireNonNull(university);
    }

    /**
     * Replaces the report's content; each course must end on or after its start (refused for the course's end date,
     * {@code courses[i].endDate}, which a page shows beside that row's field).
     */
    public void update(List<TrainingCourse> courses, int staffOffered, int staffNotGivenPlace, String evaluationSummary,
                       String by, Instant now) {
        for (int i = 0; i < courses.size(); i++) {
            TrainingCourse course = courses.get(i);
            if (course.getEndDate().isBefore(course.getStartDate())) {
                throw new InvalidInputException("courses[" + i + "].endDate", "training.error.courseEndsBeforeStart");
            }
        }
        if (staffOffered < 0 || staffNotGivenPlace < 0) {
            throw new InvalidInputException(null, "training.error.negative");
        }
        this.courses.clear();
        this.courses.addAll(courses);
        this.staffOffered = staffOffered;
        this.staffNotGivenPlace = staffNotGivenPlace;
        this.evaluationSummary = evaluationSummary;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public Term getTerm() {
        return term;
    }

    public University getUniversity() {
        return university;
    }

    public List<TrainingCourse> getCourses() {
        return List.copyOf(courses);
    }

    public int getStaffOffered() {
        return staffOffered;
    }

    public int getStaffNotGivenPlace() {
        return staffNotGivenPlace;
    }

    public String getEvaluationSummary() {
        return evaluationSummary;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
