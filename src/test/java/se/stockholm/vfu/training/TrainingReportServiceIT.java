package se.stockholm.vfu.training;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.assertj.core.util.Throwables;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.web.ServiceViolations;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A university reports its supervisor training for a term; the central contact sees all three; no one else's. */
@ExtendWith(ArquillianExtension.class)
class TrainingReportServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    se.stockholm.vfu.security.CurrentUser currentUser;

    @Inject
    TrainingReportService reports;

    @Inject
    RunAs runAs;

    @Inject
    Fixtures fixtures;

    @Test
    void aUniversityReportsAndTheCentralContactSeesItBesideTheOthers() throws Exception {
        TrainingReportForm form = form(List.of(
                new CourseForm("Handledarutbildning steg 1", LocalDate.of(2031, 9, 1), LocalDate.of(2031, 10, 15), 20),
                new CourseForm("Handledarutbildning steg 2", LocalDate.of(2031, 10, 20), LocalDate.of(2031, 12, 1), 12)));
        form.setStaffOffered(28);
        form.setStaffNotGivenPlace(4);
        form.setEvaluationSummary("Mycket uppskattad.");
        save(Fixtures.SU, form);

        List<TrainingReportView> all = runAs.user(Fixtures.CENTRAL, () -> reports.all(fixtures.termId()));

        assertThat(all).extracting(TrainingReportView::universityCode).containsExactly("ESBH", "SH", "SU");
        TrainingReportView su = all.get(2);
        assertThat(su.submitted()).isTrue();
        assertThat(su.seatsOffered()).isEqualTo(32);
        assertThat(su.staffOffered()).isEqualTo(28);
        assertThat(su.staffNotGivenPlace()).isEqualTo(4);
        assertThat(su.updatedBy()).isEqualTo(Fixtures.SU);
        assertThat(all.get(0).submitted()).isFalse();
    }

    @Test
    void savingAgainReplacesTheCoursesInsteadOfAddingToThem() throws Exception {
        save(Fixtures.SH, form(List.of(new CourseForm("A", LocalDate.of(2031, 9, 1), LocalDate.of(2031, 9, 30), 5),
                new CourseForm("B", LocalDate.of(2031, 10, 1), LocalDate.of(2031, 10, 30), 5))));
        save(Fixtures.SH, form(List.of(new CourseForm("C", LocalDate.of(2031, 11, 1), LocalDate.of(2031, 11, 30), 7))));

        TrainingReportView own = runAs.user(Fixtures.SH,
                () -> reports.report(fixtures.termId(), fixtures.universityId("SH")));
        assertThat(own.courses()).extracting(TrainingReportView.Course::name).containsExactly("C");
    }

    @Test
    void aCourseCannotEndBeforeItStarts() {
        TrainingReportForm form = form(List.of(
                new CourseForm("Framlänges", LocalDate.of(2031, 9, 1), LocalDate.of(2031, 9, 30), 5),
                new CourseForm("Bakvänd", LocalDate.of(2031, 9, 30), LocalDate.of(2031, 9, 1), 5)));

        // refused for the second course's end date: the page shows it beside that row's field, the API names it
        assertThatThrownBy(() -> save(Fixtures.SU, form)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.getField()).isEqualTo("courses[1].endDate"));
    }

    @Test
    void aReportListsAtMostFiftyCoursesAndThePageIsToldSoInItsLanguage() throws Exception {
        List<CourseForm> tooMany = IntStream.rangeClosed(1, TrainingReport.COURSES_MAX + 1)
                .mapToObj(i -> new CourseForm("Kurs " + i, LocalDate.of(2031, 9, 1), LocalDate.of(2031, 9, 30), 1))
                .toList();

        Throwable thrown = catchThrowable(() -> save(Fixtures.SH, form(tooMany)));

        assertThat(thrown).as("refused by the service's Bean Validation").rootCause()
                .isInstanceOf(ConstraintViolationException.class);
        ConstraintViolationException refused = (ConstraintViolationException) Throwables.getRootCause(thrown);
        // the page shows the refusal in its own language, whatever the server's default locale is
        assertThat(ServiceViolations.texts(refused, Locale.forLanguageTag("sv")))
                .containsExactly("En rapport kan lista högst " + TrainingReport.COURSES_MAX + " utbildningar.");
        assertThat(ServiceViolations.texts(refused, Locale.ENGLISH))
                .containsExactly("A report can list at most " + TrainingReport.COURSES_MAX + " courses.");

        save(Fixtures.SH, form(tooMany.subList(0, TrainingReport.COURSES_MAX)));
        assertThat(runAs.user(Fixtures.SH, () -> reports.report(fixtures.termId(), fixtures.universityId("SH"))).courses())
                .hasSize(TrainingReport.COURSES_MAX);
        // SH's report as small again for the suite's other tests (the deployment and its database are shared)
        save(Fixtures.SH, form(tooMany.subList(0, 1)));
    }

    @Test
    void noOneReadsAnotherUniversitysReportAndDistrictsReadNone() {
        assertThatThrownBy(() -> runAs.user(Fixtures.SH, () -> reports.report(fixtures.termId(), fixtures.universityId("SU"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.SODERMALM, () -> reports.all(fixtures.termId())))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.SU, () -> reports.all(fixtures.termId())))
                .isInstanceOf(EJBAccessException.class);
    }

    private void save(String user, TrainingReportForm form) throws Exception {
        runAs.user(user, () -> {
            // saved on the report as it is now, as a page that has just read it would
            form.setVersion(reports.report(fixtures.termId(), currentUser.get().universityId()).version());
            reports.save(fixtures.termId(), form);
        });
    }

    private static TrainingReportForm form(List<CourseForm> courses) {
        TrainingReportForm form = new TrainingReportForm();
        form.getCourses().addAll(courses);
        return form;
    }
}
