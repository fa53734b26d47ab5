package se.stockholm.vfu.api;

/** An RFC 9457 problem body: what went wrong, in words a client can show, and the status. */
public record Problem(String type, String title, int status, String detail, String field) {
}
