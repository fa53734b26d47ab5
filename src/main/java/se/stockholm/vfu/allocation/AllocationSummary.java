package se.stockholm.vfu.allocation;

import java.util.List;
import java.util.Map;

/**
 * The figures the central contact weighs before a run: places reported against the term's target, the most students
 * the places allow (the ceiling) against the requests, where places are short, and where the placements stand.
 */
public record AllocationSummary(String termCode, int target, int placesReported, int requests, int ceiling,
                                List<ShortageLine> shortage, Map<String, Long> placementsByStatus, Long latestRunId) {
}
