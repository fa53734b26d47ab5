package se.stockholm.vfu.request;

import java.io.Serializable;
import java.time.Instant;

/**
 * One student request in a list, for its university or the central contact. Nothing about extra support:
 * a list is read by more eyes and exported more easily than a single request.
 */
public record RequestRow(long id, long universityId, String universityCode, String studentRef, String studentName,
                         String studentEmail, String homeUniversity, boolean noPreference, RequestStatus status,
                         Instant lateChangeAt) implements Serializable {

    public boolean changedAfterDeadline() {
        return lateChangeAt != null;
    }
}
