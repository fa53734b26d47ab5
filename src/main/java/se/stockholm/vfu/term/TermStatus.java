package se.stockholm.vfu.term;

/**
 * Where a term is in its cycle: planned by the central contact, open for districts to report places
 * and universities to send requests, being allocated, with placements published, then closed.
 */
public enum TermStatus {
    PLANNED, OPEN, ALLOCATION, PUBLISHED, CLOSED
}
