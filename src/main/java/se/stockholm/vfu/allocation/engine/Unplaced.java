package se.stockholm.vfu.allocation.engine;

/**
 * A student the run could not place, with the reason and a sentence for the central contact.
 */
public record Unplaced(String studentKey, UnplacedReason reason, String detail) {
}
