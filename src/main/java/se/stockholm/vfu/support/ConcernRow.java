package se.stockholm.vfu.support;

import se.stockholm.vfu.placement.PlacementStatus;
import se.stockholm.vfu.security.Role;

import java.time.Instant;

/** A concern with the placement it is about, as the central contact, its university and its district see it. */
public record ConcernRow(long id, long version, long placementId, long requestId, String termCode, String studentName,
                         String districtName, String universityCode, String unitName, PlacementStatus placementStatus,
                         String text, ConcernStatus status, String raisedBy, Role raisedByRole, Instant raisedAt,
                         String handledBy, Instant handledAt) {
}
