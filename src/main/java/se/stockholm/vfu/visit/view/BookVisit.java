package se.stockholm.vfu.visit.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import se.stockholm.vfu.visit.Booking;
import se.stockholm.vfu.visit.BookingForm;
import se.stockholm.vfu.visit.VisitRow;
import se.stockholm.vfu.visit.VisitService;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;

/**
 * A university coordinator books one of its term-two students on a visit of the page's term, in a dialog. The form's
 * own rules ({@link BookingForm}'s) are checked here too, so that each is said beside its field; a refusal is said
 * once, in the dialog, which stays open ({@link se.stockholm.vfu.web.DialogMessages}); a booking made is said on the
 * page, once the dialog closes.
 */
@Named
@ViewScoped
public class BookVisit implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private VisitService visitService;

    @Inject
    private VisitsPage page;

    private VisitRow selected;
    @Size(max = Booking.NAME_MAX, message = "{field.tooLong}")
    private String studentName;
    @Email(message = "{field.email}")
    @Size(max = Booking.EMAIL_MAX, message = "{field.tooLong}")
    private String studentEmail;
    @Size(max = Booking.REF_MAX, message = "{field.tooLong}")
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
