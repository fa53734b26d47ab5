package se.stockholm.vfu.allocation.engine;

/**
 * The most students any allocation could place (a maximum-flow bound), beside the counts it is
 * bounded by, so the central contact sees at once whether places are missing overall or only
 * where students want them.
 *
 * @param requests      number of requests
 * @param places        number of places offered
 * @param capacity      total capacity of those places
 * @param maxPlaceable  the most students that can be placed, fixed assignments included
 */
public record Ceiling(int requests, int places, int capacity, int maxPlaceable) {
}
