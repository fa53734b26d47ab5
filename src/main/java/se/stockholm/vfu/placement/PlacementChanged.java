package se.stockholm.vfu.placement;

import se.stockholm.vfu.security.Role;

/**
 * Fired when a district answers an offer or offers are published, so that notifications can follow without the
 * placement feature knowing how people are told.
 *
 * @param status        the status the placements reached (OFFERED on publish, CONFIRMED or DECLINED on an answer)
 * @param termCode      the term
 * @param districtId    the district concerned
 * @param universityId  the student's university; null for a publish, which concerns a district's many students
 * @param requestId     the student's request; null for a publish
 * @param studentName   the student; null for a publish
 * @param districtName  the district's name
 * @param count         how many placements the event covers
 * @param reason        the decline reason, else null
 * @param by            the role of whoever made the change (a district's answer may be the central contact's or the
 *                      administrator's, for the district); null when no one signed in made it
 */
public record PlacementChanged(PlacementStatus status, String termCode, long districtId, Long universityId,
                               Long requestId, String studentName, String districtName, int count, String reason,
                               Role by) {

    /** The event telling others about one placement's new status, changed by someone of the given role. */
    static PlacementChanged of(Placement placement, Role by) {
        return new PlacementChanged(placement.getStatus(), placement.getTerm().getCode(),
                placement.getDistrict().getId(), placement.getUniversity().getId(),
                placement.getRequest().getId(), placement.getRequest().getStudentName(), placement.getDistrict().getName(),
                1, placement.getReason(), by);
    }
}
