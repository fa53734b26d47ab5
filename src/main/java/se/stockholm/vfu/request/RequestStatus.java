package se.stockholm.vfu.request;

/** A student request is sent by the university, may be withdrawn, and is placed by the allocation. */
public enum RequestStatus {
    SENT, WITHDRAWN, PLACED
}
