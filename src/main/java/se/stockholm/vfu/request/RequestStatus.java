package se.stockholm.vfu.request;

/**
 * A student request is sent by the university, may be withdrawn, and is placed once a district confirms a placement
 * of it. Only SENT and WITHDRAWN are stored: PLACED is worked out from the request's placements whenever a request is
 * read ({@link ShownStatus}), so it can never fall out of step with them.
 */
public enum RequestStatus {
    SENT, WITHDRAWN, PLACED
}
