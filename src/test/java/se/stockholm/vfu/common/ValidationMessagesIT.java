package se.stockholm.vfu.common;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.recruitment.StaffTurnover;
import se.stockholm.vfu.recruitment.view.EnterTurnover;
import se.stockholm.vfu.training.TrainingReport;
import se.stockholm.vfu.training.TrainingReportForm;
import se.stockholm.vfu.web.ServiceViolations;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limits in Bean Validation messages read as the fields show numbers: a count in the language's grouping ("Ange högst
 * 100 000.", "Enter at most 100,000.", as the field shows it), a year as a year ("Ange högst 2100."). Interpolated by
 * the server's own Hibernate Validator, in each language as a page asks for it ({@link ServiceViolations#texts}).
 */
@ExtendWith(ArquillianExtension.class)
class ValidationMessagesIT {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    Validator validator;

    @Test
    void aLargeCountIsGroupedAsTheFieldShowsIt() {
        Set<ConstraintViolation<TrainingReportForm>> tooMany = validator.validateValue(TrainingReportForm.class,
                "staffOffered", TrainingReport.STAFF_MAX + 1);

        // Swedish groups digits with a no-break space (the JDK's Swedish number format)
        assertThat(texts(tooMany, SWEDISH)).containsExactly("Ange högst 100\u00a0000.");
        assertThat(texts(tooMany, Locale.ENGLISH)).containsExactly("Enter at most 100,000.");
    }

    @Test
    void aYearIsNotGrouped() {
        Set<ConstraintViolation<EnterTurnover>> tooLate = validator.validateValue(EnterTurnover.class, "year",
                StaffTurnover.LAST_YEAR + 1);

        assertThat(texts(tooLate, SWEDISH)).containsExactly("Ange högst " + StaffTurnover.LAST_YEAR + ".");
        assertThat(texts(tooLate, Locale.ENGLISH)).containsExactly("Enter at most " + StaffTurnover.LAST_YEAR + ".");
    }

    private static List<String> texts(Set<? extends ConstraintViolation<?>> violations, Locale locale) {
        assertThat(violations).as("the value is refused").hasSize(1);
        return ServiceViolations.texts(new ConstraintViolationException(violations), locale);
    }
}
