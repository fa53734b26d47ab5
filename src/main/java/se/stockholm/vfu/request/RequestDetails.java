package se.stockholm.vfu.request;

import se.stockholm.vfu.security.Caller;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One student request in full, as the API and the edit page show it. The extra-support fields are null for
 * anyone but the central contact and the student's own university ({@link #visibleTo}); JSON leaves them out then.
 */
public record RequestDetails(long id, long version, String termCode, long universityId, String universityCode,
                             String studentRef, String studentName, String studentEmail, String homeUniversity,
                             boolean noPreference, List<Long> areaPreferences, List<Long> districtPreferences,
                             List<String> languages, Boolean extraSupport, String extraSupportNote,
                             List<Long> exclusions, String notes, RequestStatus status, String withdrawalReason,
                             Instant withdrawnAt, Instant changedAt, String changedBy, Instant lateChangeAt,
                             String lateChangeBy) implements Serializable {

    /** The request with the status it is shown with, which its placements decide ({@link ShownStatus}). */
    public static RequestDetails of(StudentRequest request, RequestStatus shownStatus) {
        RequestData data = request.toData();
        return new RequestDetails(request.getId(), request.getVersion(), request.getTerm().getCode(),
                request.getUniversity().getId(), request.getUniversity().getCode(), data.studentRef(),
                data.studentName(), data.studentEmail(), data.homeUniversity(), data.noPreference(), data.areaIds(),
                data.districtIds(), data.languages(), data.extraSupport(), data.extraSupportNote(),
                data.exclusionIds(), data.notes(), shownStatus, request.getWithdrawalReason(),
                request.getWithdrawnAt(), request.getChangedAt(), request.getChangedBy(), request.getLateChangeAt(),
                request.getLateChangeBy());
    }

    /** This request as the caller may see it: without extra support unless central or the student's university. */
    public RequestDetails visibleTo(Caller caller) {
        if (caller.isCityWide() || caller.mayReadUniversity(universityId)) {
            return this;
        }
        return new RequestDetails(id, version, termCode, universityId, universityCode, studentRef, studentName,
                studentEmail, homeUniversity, noPreference, areaPreferences, districtPreferences, languages, null,
                null, exclusions, notes, status, withdrawalReason, withdrawnAt, changedAt, changedBy, lateChangeAt,
                lateChangeBy);
    }

    /** The data for a form that edits this request (extra support as shown: hidden stays hidden). */
    public RequestData toData() {
        return new RequestData(studentRef, studentName, studentEmail, homeUniversity, noPreference, areaPreferences,
                districtPreferences, languages, Boolean.TRUE.equals(extraSupport), extraSupportNote, exclusions, notes);
    }
}
