package se.stockholm.vfu.network.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.network.Attendance;
import se.stockholm.vfu.network.AttendanceForm;
import se.stockholm.vfu.network.AttendanceTable;
import se.stockholm.vfu.network.DocumentRow;
import se.stockholm.vfu.network.EventForm;
import se.stockholm.vfu.network.EventKind;
import se.stockholm.vfu.network.EventRow;
import se.stockholm.vfu.network.IntroductionStudent;
import se.stockholm.vfu.network.NetworkDocumentService;
import se.stockholm.vfu.network.NetworkEventService;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.ReferenceDataService;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.term.TermService;
import se.stockholm.vfu.web.Dates;
import se.stockholm.vfu.web.Messages;
import se.stockholm.vfu.web.PagedTable;

import java.io.Serializable;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The events pages: the central contact's (create, edit, invite, record attendance, attendance over the years) and
 * the district's and university's list of events they are invited to. What a caller may do is the service's rule.
 */
@Named
@ViewScoped
public class NetworkEventsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NetworkEventService service;

    @Inject
    private NetworkDocumentService documents;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private TermService termService;

    @Inject
    private Dates dates;

    private PagedTable<EventRow> events;
    private EventForm form;
    private Long editingId;
    private EventRow selected;
    /** Invitee id to the chosen attendance's name; the radio buttons give strings (a map has no value type for EL). */
    private Map<Long, String> attendance = new HashMap<>();
    private Long minutesId;
    private List<IntroductionStudent> students;
    private List<AttendanceTable.Line> overYears;

    public PagedTable<EventRow> getEvents() {
        if (events == null) {
            NetworkEventService s = service;
            events = PagedTable.byId(s::find, EventRow::id);
        }
        return events;
    }

    public void startNew() {
        form = new EventForm();
        editingId = null;
        selected = null;
    }

    public void startEdit(EventRow row) {
        EventForm edit = new EventForm();
        ZonedDateTime start = row.startsAt().atZone(StockholmTime.ZONE);
        edit.setKind(row.kind());
        edit.setTitle(row.title());
        edit.setDate(start.toLocalDate());
        edit.setStartTime(start.toLocalTime());
        edit.setEndTime(row.endsAt().atZone(StockholmTime.ZONE).toLocalTime());
        edit.setPlace(row.place());
        edit.setLink(row.link());
        edit.setAgenda(row.agenda());
        edit.setAllDistricts(false);
        edit.setAllUniversities(false);
        edit.setDistrictIds(row.invitees().stream().filter(i -> i.districtId() != null).map(i -> i.districtId())
                .collect(java.util.stream.Collectors.toList()));
        edit.setUniversityIds(row.invitees().stream().filter(i -> i.universityId() != null).map(i -> i.universityId())
                .collect(java.util.stream.Collectors.toList()));
        edit.setVersion(row.version());
        form = edit;
        editingId = row.id();
        selected = null;
    }

    public void save() {
        if (editingId == null) {
            long id = service.create(form);
            Messages.info("network.created", form.getTitle());
            select(service.get(id));
        } else {
            service.update(editingId, form);
            Messages.info("network.saved", form.getTitle());
            select(service.get(editingId));
        }
        form = null;
        editingId = null;
    }

    public void cancelEdit() {
        form = null;
        editingId = null;
    }

    public void select(EventRow row) {
        selected = service.get(row.id());
        attendance = new HashMap<>();
        selected.invitees().forEach(i -> attendance.put(i.id(), i.attendance() == null ? null : i.attendance().name()));
        minutesId = selected.minutesDocumentId();
        students = selected.kind() == EventKind.INTRODUCTION_DAY ? service.students(selected.id()) : List.of();
        form = null;
    }

    public void saveAttendance() {
        List<AttendanceForm.Mark> recorded = attendance.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> new AttendanceForm.Mark(e.getKey(), Attendance.valueOf(e.getValue()))).toList();
        service.recordAttendance(selected.id(), new AttendanceForm(selected.version(), recorded));
        Messages.info("network.attendance.saved", selected.title());
        select(selected);
        overYears = null;
    }

    public void sendInvitations() {
        service.sendInvitations(selected.id());
        Messages.info("network.invitationsSent", selected.title());
        select(selected);
    }

    /** Deletes the selected event after the confirmation; the service refuses one with attendance recorded. */
    public void delete() {
        service.delete(selected.id());
        Messages.info("network.deleted", selected.title());
        selected = null;
        overYears = null;
    }

    /** The confirmation's text, naming what goes. */
    public String getDeleteConfirmation() {
        if (selected == null) {
            return "";
        }
        return Messages.text(selected.invitationsSentAt() == null ? "network.delete.confirm" : "network.delete.confirmSent",
                selected.title(), dates.format(selected.startsAt()), selected.invitees().size());
    }

    public void saveMinutes() {
        service.attachMinutes(selected.id(), minutesId);
        Messages.info("network.saved", selected.title());
        select(selected);
    }

    public List<AttendanceTable.Line> getOverYears() {
        if (overYears == null) {
            overYears = service.attendance();
        }
        return overYears;
    }

    /** The attendance over the years as a bar chart; the table beside it has the same numbers. */
    public String getOverYearsChart() {
        return AttendanceChart.json(Messages.text("network.overYears.chartTitle"),
                Messages.text("network.overYears.chartAxis"), getOverYears(), getYears());
    }

    public List<Integer> getYears() {
        return AttendanceTable.years(getOverYears());
    }

    public EventKind[] getKinds() {
        return EventKind.values();
    }

    public Attendance[] getAttendanceValues() {
        return Attendance.values();
    }

    public List<District> getDistricts() {
        return referenceData.districts();
    }

    public List<University> getUniversities() {
        return referenceData.universities();
    }

    public List<Term> getTerms() {
        return termService.all();
    }

    public List<DocumentRow> getDocuments() {
        return documents.all();
    }

    public boolean isIntroduction() {
        return form != null && form.getKind() == EventKind.INTRODUCTION_DAY;
    }

    public EventForm getForm() {
        return form;
    }

    public Long getEditingId() {
        return editingId;
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
