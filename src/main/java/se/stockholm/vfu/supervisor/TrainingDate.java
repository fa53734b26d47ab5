package se.stockholm.vfu.supervisor;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date of a supervisor's training that can be true: not before {@value #FIRST_YEAR} and, when {@link #yearsAhead()}
 * is given, at most that many years after today (Stockholm's, from the validator's clock). A start in 1900 or 2099
 * counted the supervisor as trained or enrolled in the training coverage. Checked where the date is typed, so the
 * page shows the message beside the field; the service validates the same form for the API. Null is left to the
 * supervisor's own rule of which dates a status needs.
 */
@Documented
@Constraint(validatedBy = TrainingDateValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface TrainingDate {

    int FIRST_YEAR = 1970;
    /** {@link #yearsAhead()} when another constraint keeps the date from the future. */
    int NOT_CHECKED = -1;

    /** How many years ahead of today the date may lie, or {@link #NOT_CHECKED}. */
    int yearsAhead() default NOT_CHECKED;

    /** The message for a date before {@value #FIRST_YEAR}; a use with {@link #yearsAhead()} names its own. */
    String message() default "{training.date.completed}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
