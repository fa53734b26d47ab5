package se.stockholm.vfu.visit.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.visit.BookingForm;
import se.stockholm.vfu.visit.VisitRow;
import se.stockholm.vfu.visit.VisitService;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;

/** A university coordinator books one of its term-two students on a visit of the page's term. */
@Named
@ViewScoped
public class BookVisit implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private VisitService visitService;

    @Inject
    private VisitsPage page;

    private VisitRow selected;
    private String studentName;
    private String studentEmail;
    private String studentRef;

    public void open(VisitRow row) {
        selected = row;
        studentName = null;
        studentEmail = null;
        studentRef = null;
    }

    public void book() {
        visitService.book(page.getTermId(), selected.id(), new BookingForm(studentName, studentEmail, studentRef));
        page.refreshCounts();
        Messages.info("visit.booked");
    }

    public VisitRow getSelected() {
        return selected;
    }

    public String getStudentName() {
        return studentName;
    }

    public void setStudentName(String studentName) {
        this.studentName = studentName;
    }

    public String getStudentEmail() {
        return studentEmail;
    }

    public void setStudentEmail(String studentEmail) {
        this.studentEmail = studentEmail;
    }

    public String getStudentRef() {
        return studentRef;
    }

    public void setStudentRef(String studentRef) {
        this.studentRef = studentRef;
    }
}
