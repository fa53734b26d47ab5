package se.stockholm.vfu.allocation;

/**
 * A place offer a proposal may be moved to by hand: it keeps the hard rules (not excluded, the student's languages,
 * a free seat). {@code rank} is the preference it meets, 0 outside the student's preferences (a warning, not a refusal).
 * The area is its code and its Swedish name: the page names it in its language ({@code ReferenceLists.areaName}).
 */
public record MoveTarget(long offerId, String districtName, String unitName, String areaCode, String areaName, int free,
                         int rank,
                         boolean supervisorTrained) {
}
