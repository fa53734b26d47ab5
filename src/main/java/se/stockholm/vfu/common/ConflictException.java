package se.stockholm.vfu.common;

/**
 * The request is well formed, but the state of the record or the term forbids it now (a deadline has passed, a
 * record was changed by someone else): pages show the message, the API answers 409 Conflict.
 */
public class ConflictException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
