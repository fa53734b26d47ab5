package se.stockholm.vfu.support;

import java.time.Instant;
import java.time.LocalDateTime;

/** A placement's three-way meeting; {@code id} null and version -1 when none is set yet. */
public record MeetingRow(long placementId, Long id, long version, String teacherName, LocalDateTime meetingAt,
                         String place, boolean held, String changedBy, Instant changedAt) {

    static MeetingRow none(long placementId) {
        return new MeetingRow(placementId, null, -1, null, null, null, false, null, null);
    }

    static MeetingRow of(Meeting meeting) {
        return new MeetingRow(meeting.getPlacement().getId(), meeting.getId(), meeting.getVersion(),
                meeting.getTeacherName(), meeting.getMeetingAt(), meeting.getPlace(), meeting.isHeld(),
                meeting.getChangedBy(), meeting.getChangedAt());
    }
}
