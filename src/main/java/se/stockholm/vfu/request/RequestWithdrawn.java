package se.stockholm.vfu.request;

/**
 * Fired inside the transaction that withdraws a request, so that a placement the student holds can follow (or
 * refuse the withdrawal) without the request feature knowing about placements.
 */
public record RequestWithdrawn(long requestId, String reason, String by) {
}
