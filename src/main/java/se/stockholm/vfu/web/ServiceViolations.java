package se.stockholm.vfu.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Shows what a service's Bean Validation refused as messages on the page. The service interpolated its messages in
 * the server's default locale; they are interpolated again in the page's, so a Swedish page reads Swedish.
 */
public final class ServiceViolations {

    private ServiceViolations() {
    }

    static void show(FacesContext context, ConstraintViolationException refused) {
        texts(refused, context.getViewRoot().getLocale())
                .forEach(text -> context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null)));
    }

    /** What was refused, in the given language, each message once. */
    public static List<String> texts(ConstraintViolationException refused, Locale locale) {
        MessageInterpolator interpolator = CDI.current().select(ValidatorFactory.class).get().getMessageInterpolator();
        return refused.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> inLanguage(v, interpolator, locale))
                .distinct()
                .toList();
    }

    /**
     * The constraint's own template ({@code {training.coursesMax}}) read again in the page's language. A message a
     * validator built itself (its own template, perhaps with its own parameters) is kept as the service made it:
     * interpolating it again would lose those parameters.
     */
    private static String inLanguage(ConstraintViolation<?> violation, MessageInterpolator interpolator, Locale locale) {
        if (!violation.getMessageTemplate().equals(violation.getConstraintDescriptor().getMessageTemplate())) {
            return violation.getMessage();
        }
        return interpolator.interpolate(violation.getMessageTemplate(), new Refused(violation), locale);
    }

    /** What a message template may refer to: the constraint's attributes and the value refused. */
    private record Refused(ConstraintViolation<?> violation) implements MessageInterpolator.Context {

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new ValidationException("Cannot unwrap to " + type.getName());
        }
    }
}
