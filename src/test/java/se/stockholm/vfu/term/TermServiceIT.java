package se.stockholm.vfu.term;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        form.setTargetPlaces(120);
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

    @Test
    void districtsAndUniversitiesCannotOpenOrChangeTerms() throws Exception {
        int year = runAs.user(Fixtures.CENTRAL, this::aYearWithoutAnAutumnTerm);
        for (String user : new String[] {Fixtures.SODERMALM, Fixtures.SU}) {
            assertThatThrownBy(() -> runAs.user(user, () -> termService.open(form(year))))
                    .isInstanceOf(EJBAccessException.class);
        }
    }

    private int aYearWithoutAnAutumnTerm() {
        int year = 2040;
        while (termService.byCode("HT" + year).isPresent()) {
            year++;
        }
        return year;
    }

    private static TermForm form(int year) {
        TermForm form = new TermForm();
        form.setSeason(Season.HT);
        form.setYear(year);
        form.setVfuStart(LocalDate.of(year, 8, 30));
        form.setVfuEnd(LocalDate.of(year + 1, 1, 15));
        form.setReportingDeadline(LocalDate.of(year, 5, 15));
        form.setRequestDeadline(LocalDate.of(year, 5, 29));
        return form;
    }
}
