package se.stockholm.vfu.allocation.engine;

/**
 * How to run the engine. The seed chooses among allocations that are equally good on every
 * criterion, so that a rerun with the same input and seed gives the same allocation and a new seed
 * gives another, equally good one.
 */
public record AllocationOptions(long seed) {
}
