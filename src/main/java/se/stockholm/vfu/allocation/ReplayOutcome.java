package se.stockholm.vfu.allocation;

/** Running a stored snapshot again with its seed: the same result, or how many students came out differently. */
public record ReplayOutcome(long runId, boolean sameResult, int placed, int differences) {
}
