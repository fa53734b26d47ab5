package se.stockholm.vfu.readlog;

import java.io.Serializable;
import java.time.Instant;

/**
 * One read-log entry as the administrator's search shows it: ids only, no student's name or reference. An entry has
 * a request id, an inquiry id (a read of an inquiry to a district), or both; or a booking id (a read of an
 * observation-visit booking, which belongs to no request).
 */
public record ReadLogRow(long id, Instant readAt, String username, Long requestId, Long placementId,
                         Channel channel, String operation, Long inquiryId, Long bookingId) implements Serializable {
}
