package se.stockholm.vfu.training.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.term.view.ViewTerm;
import se.stockholm.vfu.training.CourseForm;
import se.stockholm.vfu.training.TrainingReport;
import se.stockholm.vfu.training.TrainingReportForm;
import se.stockholm.vfu.training.TrainingReportService;
import se.stockholm.vfu.training.TrainingReportView;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;

/** A university coordinator's supervisor-training report for the selected term. */
@Named
@ViewScoped
public class TrainingReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrainingReportService reports;

    @Inject
    private ViewTerm viewTerm;

    @Inject
    private CurrentUser currentUser;

    private TrainingReportView saved;
    private TrainingReportForm form;

    public void load() {
        if (viewTerm.getTermId() == null) {
            return;
        }
        saved = reports.report(viewTerm.getTermId(), currentUser.get().universityId());
        form = new TrainingReportForm();
        // the version read when the page opened: a save over a coordinator colleague's later save is refused
        form.setVersion(saved.version());
        saved.courses().forEach(c -> form.getCourses().add(new CourseForm(c.name(), c.startDate(), c.endDate(), c.seats())));
        form.setStaffOffered(saved.staffOffered());
        form.setStaffNotGivenPlace(saved.staffNotGivenPlace());
        form.setEvaluationSummary(saved.evaluationSummary());
    }

    public void addCourse() {
        if (isCoursesFull()) {
            // the button is disabled then; this answers a request sent anyway (or from a page open twice)
            Messages.error(null, "training.error.tooManyCourses", TrainingReport.COURSES_MAX);
            return;
        }
        form.getCourses().add(new CourseForm());
    }

    /** Whether the report lists as many courses as one report may (saving more would be refused). */
    public boolean isCoursesFull() {
        return form != null && form.getCourses().size() >= TrainingReport.COURSES_MAX;
    }

    public void removeCourse(int index) {
        form.getCourses().remove(index);
    }

    public void save() {
        reports.save(viewTerm.getTermId(), form);
        Messages.info("training.saved");
        load();
    }

    public TrainingReportView getSaved() {
        return saved;
    }

    public TrainingReportForm getForm() {
        return form;
    }
}
