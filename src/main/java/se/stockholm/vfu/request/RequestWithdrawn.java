package se.stockholm.vfu.request;

import se.stockholm.vfu.security.Role;

/**
 * Fired inside the transaction that withdraws a request, so that a placement the student holds can follow (or
 * refuse the withdrawal) without the request feature knowing about placements.
 *
 * @param requestId the request withdrawn
 * @param reason    the withdrawal's reason
 * @param by        the username of whoever withdrew it
 * @param role      their role (the university's coordinator, or the central contact or administrator for it)
 */
public record RequestWithdrawn(long requestId, String reason, String by, Role role) {
}
