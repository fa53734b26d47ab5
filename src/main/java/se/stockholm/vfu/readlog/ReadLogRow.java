package se.stockholm.vfu.readlog;

import java.io.Serializable;
import java.time.Instant;

/** One read-log entry as the administrator's search shows it: ids only, no student's name or reference. */
public record ReadLogRow(long id, Instant readAt, String username, long requestId, Long placementId,
                         Channel channel, String operation) implements Serializable {
}
