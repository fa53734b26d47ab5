package se.stockholm.vfu.allocation;

import java.util.List;

/** A stored run with its unplaced students, its shortage and how it differs from the run before. */
public record RunDetails(RunRow run, List<UnplacedLine> unplaced, List<ShortageLine> shortage, List<DiffLine> diff,
                         Long previousRunId) {
}
