package se.stockholm.vfu.network.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.network.Attendance;
import se.stockholm.vfu.network.AttendanceForm;
import se.stockholm.vfu.network.DocumentRow;
import se.stockholm.vfu.network.EventKind;
import se.stockholm.vfu.network.EventRow;
import se.stockholm.vfu.network.IntroductionStudent;
import se.stockholm.vfu.network.NetworkDocumentService;
import se.stockholm.vfu.network.NetworkEventService;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One event as the central contact follows it up: sends the invitations, records who attended, attaches the minutes
 * and, for an introduction day, sees the students placed in the term.
 */
@Named
@ViewScoped
public class NetworkEventDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NetworkEventService service;

    @Inject
    private NetworkDocumentService documents;

    private EventRow selected;
    /** Invitee id to the chosen attendance's name; the radio buttons give strings (a map has no value type for EL). */
    private Map<Long, String> attendance = new HashMap<>();
    private Long minutesId;
    private List<IntroductionStudent> students;
    /** The documents the minutes may be chosen from. */
    private List<DocumentRow> minutesChoices = List.of();

    public void select(EventRow row) {
        show(row.id());
    }

    /** Shows the event as it is now. */
    void show(long id) {
        selected = service.get(id);
        attendance = new HashMap<>();
        selected.invitees().forEach(i -> attendance.put(i.id(), i.attendance() == null ? null : i.attendance().name()));
        minutesId = selected.minutesDocumentId();
        students = selected.kind() == EventKind.INTRODUCTION_DAY ? service.students(selected.id()) : List.of();
        minutesChoices = documents.all();
    }

    public void close() {
        selected = null;
    }

    public void saveAttendance() {
        List<AttendanceForm.Mark> recorded = attendance.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> new AttendanceForm.Mark(e.getKey(), Attendance.valueOf(e.getValue()))).toList();
        service.recordAttendance(selected.id(), new AttendanceForm(selected.version(), recorded));
        Messages.info("network.attendance.saved", selected.title());
        show(selected.id());
    }

    public void sendInvitations() {
        service.sendInvitations(selected.id());
        Messages.info("network.invitationsSent", selected.title());
        show(selected.id());
    }

    public void saveMinutes() {
        service.attachMinutes(selected.id(), minutesId);
        Messages.info("network.saved", selected.title());
        show(selected.id());
    }

    public Attendance[] getAttendanceValues() {
        return Attendance.values();
    }

    public List<DocumentRow> getDocuments() {
        return minutesChoices;
    }

    public EventRow getSelected() {
        return selected;
    }

    public Map<Long, String> getAttendance() {
        return attendance;
    }

    public Long getMinutesId() {
        return minutesId;
    }

    public void setMinutesId(Long minutesId) {
        this.minutesId = minutesId;
    }

    public List<IntroductionStudent> getStudents() {
        return students;
    }
}
