package se.stockholm.vfu.network;

import java.io.Serializable;
import java.util.List;

/** Attendance recorded after an event, on the event version read: per invitee, attended or absent. */
public record AttendanceForm(Long version, List<Mark> marks) implements Serializable {

    /** One invitee's attendance. */
    public record Mark(long inviteeId, Attendance attendance) implements Serializable {
    }
}
