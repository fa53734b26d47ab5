package se.stockholm.vfu.overview;

import se.stockholm.vfu.request.RequestStatus;

import java.io.Serializable;

/** One of a university's student requests as its coordinator sees it. */
public record RequestLine(long requestId, String studentRef, String studentName, RequestStatus status)
        implements Serializable {
}
