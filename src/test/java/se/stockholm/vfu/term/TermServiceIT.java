package se.stockholm.vfu.term;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.Causes;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The central contact opens terms and sets their deadlines and target; no one else may. */
@ExtendWith(ArquillianExtension.class)
class TermServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    TermService termService;

    @Inject
    TermIds termIds;

    @Inject
    RunAs runAs;

    @Test
    void theCentralContactOpensATermAndChangesItsTargetAndDeadlines() throws Exception {
        int year = runAs.user(Fixtures.CENTRAL, this::aYearWithoutAnAutumnTerm);
        TermForm form = form(year);

        long id = runAs.user(Fixtures.CENTRAL, () -> termService.open(form));
        Term opened = runAs.user(Fixtures.CENTRAL, () -> termService.byId(id));
        assertThat(opened.getCode()).isEqualTo("HT" + year);
        assertThat(opened.getTargetPlaces()).isEqualTo(100);

        form.setVersion(opened.getVersion());
        form.setTargetPlaces(120L);
        form.setReportingDeadline(LocalDate.of(year, 6, 1));
        form.setStatus(TermStatus.OPEN);
        runAs.user(Fixtures.CENTRAL, () -> termService.change(id, form));

        Term changed = runAs.user(Fixtures.SU, () -> termService.byId(id));
        assertThat(changed.getTargetPlaces()).isEqualTo(120);
        assertThat(changed.getReportingDeadline()).isEqualTo(LocalDate.of(year, 6, 1));
        assertThat(changed.getStatus()).isEqualTo(TermStatus.OPEN);
    }

    @Test
    void aTermIsOpenedOnceAndItsDatesMustFitTogether() throws Exception {
        TermForm existing = form(2031);
        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL, () -> termService.open(existing)))
                .isInstanceOf(InvalidInputException.class);

        int year = runAs.user(Fixtures.CENTRAL, this::aYearWithoutAnAutumnTerm);
        TermForm backwards = form(year);
        backwards.setVfuEnd(backwards.getVfuStart().minusDays(1));
        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL, () -> termService.open(backwards)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(runAs.user(Fixtures.CENTRAL, () -> termService.byCode("HT" + year))).isEmpty();
    }

    /** Found in exploratory testing: HT2033 was opened with a VFU period in 2035 and VT2034 with autumn dates. */
    @Test
    void aTermsPeriodMustFitItsNameWhenOpenedAndWhenChanged() throws Exception {
        int year = runAs.user(Fixtures.CENTRAL, this::aYearWithoutAnAutumnTerm);
        TermForm later = form(year);
        later.setVfuStart(later.getVfuStart().plusYears(2));
        later.setVfuEnd(later.getVfuEnd().plusYears(2));
        later.setReportingDeadline(later.getReportingDeadline().plusYears(2));
        later.setRequestDeadline(later.getRequestDeadline().plusYears(2));
        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL, () -> termService.open(later)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("vfuStart"));
        assertThat(runAs.user(Fixtures.CENTRAL, () -> termService.byCode("HT" + year))).isEmpty();

        long id = runAs.user(Fixtures.CENTRAL, () -> termService.open(form(year)));
        TermForm tooLong = TermForm.of(runAs.user(Fixtures.CENTRAL, () -> termService.byId(id)));
        tooLong.setVfuEnd(LocalDate.of(year + 5, 1, 15));
        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL, () -> termService.change(id, tooLong)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("vfuEnd"));
        assertThat(runAs.user(Fixtures.CENTRAL, () -> termService.byId(id)).getVfuEnd())
                .isEqualTo(LocalDate.of(year + 1, 1, 15));
    }

    /** Found in exploratory testing: an empty target was saved as 0; an empty year was read as 0. */
    @Test
    void anEmptyYearOrTargetAndATargetOfNoPlacesAreRefused() throws Exception {
        int year = runAs.user(Fixtures.CENTRAL, this::aYearWithoutAnAutumnTerm);
        TermForm noYear = form(null);
        TermForm noTarget = form(year);
        noTarget.setTargetPlaces(null);
        TermForm noPlaces = form(year);
        noPlaces.setTargetPlaces(0L);
        Map<TermForm, String> refusals = Map.of(noYear, "year", noTarget, "targetPlaces", noPlaces, "targetPlaces");
        for (Map.Entry<TermForm, String> refused : refusals.entrySet()) {
            Throwable thrown = catchThrowable(() -> runAs.user(Fixtures.CENTRAL, () -> termService.open(refused.getKey())));
            ConstraintViolationException invalid = Causes.find(thrown, ConstraintViolationException.class);
            assertThat(invalid).as("refused: " + refused.getValue()).isNotNull();
            assertThat(invalid.getConstraintViolations()).extracting(v -> v.getPropertyPath().toString())
                    .containsExactly("open.form." + refused.getValue());
        }
        assertThat(runAs.user(Fixtures.CENTRAL, () -> termService.byCode("HT" + year))).isEmpty();
    }

    @Test
    void districtsAndUniversitiesCannotOpenOrChangeTerms() throws Exception {
        int year = runAs.user(Fixtures.CENTRAL, this::aYearWithoutAnAutumnTerm);
        for (String user : new String[] {Fixtures.SODERMALM, Fixtures.SU}) {
            assertThatThrownBy(() -> runAs.user(user, () -> termService.open(form(year))))
                    .isInstanceOf(EJBAccessException.class);
        }
    }

    @Test
    void aTermsIdIsFoundByItsCodeInAnyCaseAndAnUnknownCodeIsNotFoundUntilItsTermIsOpened() throws Exception {
        int year = runAs.user(Fixtures.CENTRAL, this::aYearWithoutAnAutumnTerm);
        String code = "HT" + year;
        for (int attempt = 0; attempt < 2; attempt++) {
            Throwable thrown = catchThrowable(() -> runAs.user(Fixtures.SU, () -> termIds.of(code)));
            assertThat(Causes.find(thrown, NotFoundException.class)).as("a code no term has, asked again: %s", thrown)
                    .isNotNull();
        }

        long id = runAs.user(Fixtures.CENTRAL, () -> termService.open(form(year)));

        // a code once not found is asked again, so the term opened since is found, in any case
        assertThat(runAs.user(Fixtures.SU, () -> termIds.of(code.toLowerCase(Locale.ROOT)))).isEqualTo(id);
        assertThat(runAs.user(Fixtures.SODERMALM, () -> termIds.of(code))).isEqualTo(id);
    }

    private int aYearWithoutAnAutumnTerm() {
        int year = 2040;
        while (termService.byCode("HT" + year).isPresent()) {
            year++;
        }
        return year;
    }

    private static TermForm form(Integer year) {
        int dates = year == null ? 2090 : year;
        TermForm form = new TermForm();
        form.setSeason(Season.HT);
        form.setYear(year);
        form.setVfuStart(LocalDate.of(dates, 8, 30));
        form.setVfuEnd(LocalDate.of(dates + 1, 1, 15));
        form.setReportingDeadline(LocalDate.of(dates, 5, 15));
        form.setRequestDeadline(LocalDate.of(dates, 5, 29));
        return form;
    }
}
