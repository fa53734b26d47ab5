package se.stockholm.vfu.common;

/**
 * The request is well formed, but the state of the record or the term forbids it now (a deadline has passed, the
 * term is closed): the API answers 409 Conflict; a page shows the message beside the field it concerns, if any.
 */
public class ConflictException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    /** @param field the form field the message belongs beside, or null for the whole form */
    public ConflictException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
