package se.stockholm.vfu.common;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the portal that the user's action broke. The message is a resource-bundle key
 * (bundle {@code messages}) so pages and the API can say it in the user's language;
 * the transaction is rolled back so nothing half-done is saved.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Object[] arguments;

    protected BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return getMessage();
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
