package se.stockholm.vfu.recruitment;

/** Where a trainee post is: planned, open for applications, filled, or closed. */
public enum PostStatus {
    PLANNED, OPEN, FILLED, CLOSED
}
