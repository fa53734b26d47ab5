package se.stockholm.vfu.common;

/** Input that passes field validation but breaks a rule that spans fields or records. */
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    /** The form field the message belongs beside, or null for the whole form. */
    public String getField() {
        return field;
    }
}
