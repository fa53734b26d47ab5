package se.stockholm.vfu.allocation.engine;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of one run: who goes where, who could not be placed and why, how good the allocation
 * is, how many could have been placed at most and where places are missing.
 *
 * @param assignments  every placed student, fixed ones included, ordered by student key
 * @param unplaced     every request left without a place, ordered by student key
 * @param profile      placed students per rank
 * @param placedCount  number of assignments
 * @param ceiling      the most that could be placed, with the counts behind it
 * @param shortage     deficient groups, largest shortfall first; empty when every request is placed
 * @param seed         the seed that chose among equally good allocations
 * @param elapsed      time the run took
 */
public record AllocationResult(List<Assignment> assignments, List<Unplaced> unplaced, RankProfile profile,
                               int placedCount, Ceiling ceiling, List<ShortageGroup> shortage,
                               long seed, Duration elapsed) {

    public AllocationResult {
        assignments = List.copyOf(assignments);
        unplaced = List.copyOf(unplaced);
        shortage = List.copyOf(shortage);
    }
}
