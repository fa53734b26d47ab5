package se.stockholm.vfu.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import se.stockholm.vfu.common.InvalidInputException;

/**
 * Test deployments only: the buttons of {@code it-refused-field.xhtml}, refused as a service refuses input, naming a
 * component of the page that is no input (web.BusinessExceptionHandler).
 */
@Named
@RequestScoped
public class RefusedFieldPage {

    /** The term the refusal names, to find its text in the answer. */
    public static final String TERM = "HT2098";

    public void refuse(String field) {
        throw new InvalidInputException(field, "term.saved", TERM);
    }
}
