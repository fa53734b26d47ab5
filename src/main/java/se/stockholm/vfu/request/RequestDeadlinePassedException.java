package se.stockholm.vfu.request;

import se.stockholm.vfu.common.ConflictException;

import java.time.LocalDate;

/**
 * The term takes no such change of its requests now: its request deadline has passed (only the central contact may
 * create, change or withdraw them then), or the term is closed (nobody may add a request to it). A page shows it
 * beside the field it concerns (the import's upload field); the API answers 409, as for a place offer after the
 * reporting deadline: the call is well formed, the term's state forbids it.
 */
public class RequestDeadlinePassedException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private RequestDeadlinePassedException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }

    public RequestDeadlinePassedException(String field, LocalDate deadline) {
        this(field, "request.error.deadlinePassed", deadline);
    }

    /** The term is closed: no request is added to it, by anyone. */
    public static RequestDeadlinePassedException termClosed(String field, String termCode) {
        return new RequestDeadlinePassedException(field, "request.error.termClosed", termCode);
    }
}
