package se.stockholm.vfu.placement;

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
 */
public record PlacementChanged(PlacementStatus status, String termCode, long districtId, Long universityId,
                               Long requestId, String studentName, String districtName, int count, String reason) {

    /** The event telling others about one placement's new status. */
    static PlacementChanged of(Placement placement) {
        return new PlacementChanged(placement.getStatus(), placement.getTerm().getCode(),
                placement.getDistrict().getId(), placement.getUniversity().getId(),
                placement.getRequest().getId(), placement.getRequest().getStudentName(), placement.getDistrict().getName(),
                1, placement.getReason());
    }
}
