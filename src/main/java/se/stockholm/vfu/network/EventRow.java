package se.stockholm.vfu.network;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An event as lists and its page show it. Invitees carry attendance only for the central contact; others see who is
 * invited. {@code minutesDocumentId} is set when minutes are attached (downloadable if shared with the reader).
 */
public record EventRow(long id, EventKind kind, String title, Instant startsAt, Instant endsAt, String place,
                       String link, String agenda, String termCode, Long minutesDocumentId, String minutesTitle,
                       Instant invitationsSentAt, List<InviteeRow> invitees, long version) implements Serializable {

    /** An invited district or university; {@code attendance} is null until recorded (or for non-central readers). */
    public record InviteeRow(long id, Long districtId, Long universityId, String name, Attendance attendance)
            implements Serializable {
    }

    public long invitedCount() {
        return invitees.size();
    }

    public long attendedCount() {
        return invitees.stream().filter(i -> i.attendance() == Attendance.ATTENDED).count();
    }
}
