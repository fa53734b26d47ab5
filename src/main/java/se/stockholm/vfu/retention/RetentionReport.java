package se.stockholm.vfu.retention;

import java.time.Instant;

/**
 * What one retention run did: how many student requests, placements, inquiries and trainee-post candidates it
 * anonymised and how many notifications it deleted, under which limits; who started it ({@code system} for the
 * nightly job).
 */
public record RetentionReport(Long id, Instant ranAt, String runBy, String trigger, RetentionLimits limits,
                              int requests, int placements, int inquiries, int notifications, int candidates) {

    public static final String SCHEDULED = "SCHEDULED";
    public static final String MANUAL = "MANUAL";

    /** For logs and the page: counts only, never anything about a student. */
    public String summary() {
        return "requests=" + requests + " placements=" + placements + " inquiries=" + inquiries
                + " notifications=" + notifications + " candidates=" + candidates;
    }
}
