package se.stockholm.vfu.supervisor;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.LocalDate;

/** Checks {@link TrainingDate} against the validation's clock, which is Stockholm's. */
public class TrainingDateValidator implements ConstraintValidator<TrainingDate, LocalDate> {

    private static final LocalDate FIRST = LocalDate.of(TrainingDate.FIRST_YEAR, 1, 1);

    private int yearsAhead;

    @Override
    public void initialize(TrainingDate annotation) {
        yearsAhead = annotation.yearsAhead();
    }

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
        if (date == null) {
            return true;
        }
        if (date.isBefore(FIRST)) {
            return false;
        }
        return yearsAhead == TrainingDate.NOT_CHECKED
                || !date.isAfter(LocalDate.now(context.getClockProvider().getClock()).plusYears(yearsAhead));
    }
}
