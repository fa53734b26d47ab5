package se.stockholm.vfu.request;

import java.io.Serializable;
import java.time.Instant;

/**
 * One student request in a list, for its university or the central contact, with what the caller may do with it
 * now ({@code mayChange}, {@code mayWithdraw}: a page offers only that; {@code RequestService.find} reads a row with
 * {@code mayWithdraw} "no placement of it has begun" and narrows both by its rules). Nothing about extra support:
 * a list is read by more eyes and exported more easily than a single request.
 */
public record RequestRow(long id, long universityId, String universityCode, String studentRef, String studentName,
                         String studentEmail, String homeUniversity, boolean noPreference, RequestStatus status,
                         Instant lateChangeAt, boolean mayChange, boolean mayWithdraw) implements Serializable {

    /** This row with what the caller may do with the request now: change it, withdraw it (the service's rules). */
    public RequestRow allowing(boolean change, boolean withdraw) {
        return new RequestRow(id, universityId, universityCode, studentRef, studentName, studentEmail, homeUniversity,
                noPreference, status, lateChangeAt, change, withdraw);
    }

    /** From the id only: equal rows have equal ids, and the JSON writer hashes every row it writes ({@code Page#hashCode}). */
    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    public boolean changedAfterDeadline() {
        return lateChangeAt != null;
    }
}
