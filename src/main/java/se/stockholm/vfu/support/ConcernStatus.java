package se.stockholm.vfu.support;

/** A concern is open until someone who may see it marks it handled. */
public enum ConcernStatus {
    OPEN, HANDLED
}
