package se.stockholm.vfu.support.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.support.MeetingForm;
import se.stockholm.vfu.support.MeetingRow;
import se.stockholm.vfu.support.SupportService;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * The support page's three-way meeting form: teacher, Stockholm date and time, room or link, held. It starts from the
 * meeting as the page read it and is saved with that meeting's version, so a change made meanwhile is refused.
 */
@Named
@ViewScoped
public class EditMeeting implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupportService supportService;

    @Inject
    private SupportPage page;

    private String teacherName;
    private LocalDateTime meetingAt;
    private String place;
    private boolean held;

    /** Fills the form from the meeting the page read (after the page's own view action). */
    public void load() {
        MeetingRow meeting = page.getMeeting();
        if (meeting != null) {
            teacherName = meeting.teacherName();
            meetingAt = meeting.meetingAt();
            place = meeting.place();
            held = meeting.held();
        }
    }

    public void save() {
        supportService.saveMeeting(page.getPlacementId(),
                new MeetingForm(page.getMeeting().version(), teacherName, meetingAt, place, held));
        Messages.info("support.meeting.saved");
        page.load();
        load();
    }

    public String getTeacherName() {
        return teacherName;
    }

    public void setTeacherName(String teacherName) {
        this.teacherName = teacherName;
    }

    public LocalDateTime getMeetingAt() {
        return meetingAt;
    }

    public void setMeetingAt(LocalDateTime meetingAt) {
        this.meetingAt = meetingAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public boolean isHeld() {
        return held;
    }

    public void setHeld(boolean held) {
        this.held = held;
    }
}
