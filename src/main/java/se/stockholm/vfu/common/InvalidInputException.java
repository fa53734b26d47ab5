package se.stockholm.vfu.common;

import java.util.List;

/** Input that passes field validation but breaks a rule that spans fields or records. */
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String field;
    /** Refusals of the same input found with this one, each beside its own field; empty when this is the only one. */
    private final List<InvalidInputException> others;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        this(List.of(), field, messageKey, arguments);
    }

    private InvalidInputException(List<InvalidInputException> others, String field, String messageKey,
                                  Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
        this.others = List.copyOf(others);
    }

    /**
     * Every refusal of one form at once, so that a page shows them all beside their fields rather than one per save;
     * the first is the exception itself (what the API answers with), the rest {@link #getOthers()}.
     */
    public static InvalidInputException all(List<InvalidInputException> refusals) {
        InvalidInputException first = refusals.get(0);
        return new InvalidInputException(refusals.subList(1, refusals.size()), first.field, first.getMessageKey(),
                first.getArguments());
    }

    /** The form field the message belongs beside, or null for the whole form. */
    public String getField() {
        return field;
    }

    public List<InvalidInputException> getOthers() {
        return others;
    }
}
