package se.stockholm.vfu.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What the central contact enters for an event: its kind (and term, for an introduction day), when (a day and
 * Stockholm times), where (a place, a link or both), the agenda, and who is invited: all districts, all
 * universities, or those chosen. {@code version} is the event's version the change was made on (edits only).
 */
public class EventForm extends AudienceForm {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{field.required}")
    private EventKind kind = EventKind.NETWORK_MEETING;

    private Long termId;

    @NotBlank(message = "{field.required}")
    @Size(max = NetworkEvent.TITLE_MAX, message = "{field.tooLong}")
    private String title;

    @NotNull(message = "{field.required}")
    private LocalDate date;

    @NotNull(message = "{field.required}")
    private LocalTime startTime = LocalTime.of(9, 0);

    @NotNull(message = "{field.required}")
    private LocalTime endTime = LocalTime.of(12, 0);

    @Size(max = NetworkEvent.PLACE_MAX, message = "{field.tooLong}")
    private String place;

    @Size(max = NetworkEvent.LINK_MAX, message = "{field.tooLong}")
    private String link;

    @Size(max = NetworkEvent.AGENDA_MAX, message = "{field.tooLong}")
    private String agenda;

    private Long version;

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public Long getTermId() {
        return termId;
    }

    public void setTermId(Long termId) {
        this.termId = termId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
