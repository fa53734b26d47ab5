package se.stockholm.vfu.allocation;

import java.time.Instant;

/** One stored run as the list of runs shows it. */
public record RunRow(long id, Instant runAt, String runBy, long seed, int requestCount, int capacity, int ceiling,
                     int placedCount, String profile, long elapsedMs, Instant publishedAt, String publishedBy) {
}
