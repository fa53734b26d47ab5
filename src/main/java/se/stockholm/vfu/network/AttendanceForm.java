package se.stockholm.vfu.network;

import java.io.Serializable;
import java.util.Map;

/** Attendance recorded after an event: invitee id to attended or absent, on the event version read. */
public record AttendanceForm(Long version, Map<Long, Attendance> attendance) implements Serializable {
}
