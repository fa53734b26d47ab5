package se.stockholm.vfu.request;

import se.stockholm.vfu.security.Caller;

import java.io.Serializable;
import java.time.Instant;

/**
 * One student request in a list or an export, for its university or the central contact. Extra support (flag and
 * note) is part of the row because those two may see it (the rule, as on the request page); a list is read
 * by more eyes and exported more easily than a single request, so the service still passes every row through
 * {@link #visibleTo} before it leaves, and the flag and note are null for anyone else.
 */
public record RequestRow(long id, long universityId, String universityCode, String studentRef, String studentName,
                         String studentEmail, String homeUniversity, boolean noPreference, RequestStatus status,
                         Instant lateChangeAt, Boolean extraSupport, String extraSupportNote) implements Serializable {

    public boolean changedAfterDeadline() {
        return lateChangeAt != null;
    }

    /** This row as the caller may see it: without extra support unless central or the student's university. */
    public RequestRow visibleTo(Caller caller) {
        if (caller.isCityWide() || caller.mayReadUniversity(universityId)) {
            return this;
        }
        return new RequestRow(id, universityId, universityCode, studentRef, studentName, studentEmail, homeUniversity,
                noPreference, status, lateChangeAt, null, null);
    }
}
