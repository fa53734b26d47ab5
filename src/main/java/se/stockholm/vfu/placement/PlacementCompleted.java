package se.stockholm.vfu.placement;

/**
 * Fired inside the transaction that completes a placement, so that what follows a completed placement (the
 * evaluations) is kept or rolled back with it, without the placement feature knowing about it.
 *
 * @param placementId the completed placement
 */
public record PlacementCompleted(long placementId) {
}
