/**
 * The allocation engine: matches term-five students' requests to the places the districts offer.
 * Plain Java without container dependencies, so it can be tested and benchmarked on its own; the
 * application layer translates entities to {@link se.stockholm.vfu.allocation.engine.AllocationProblem}
 * and stores the {@link se.stockholm.vfu.allocation.engine.AllocationResult}. The method and why it is
 * exact are described in {@code docs/allocation.md}.
 */
package se.stockholm.vfu.allocation.engine;
