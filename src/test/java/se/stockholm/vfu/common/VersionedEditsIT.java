package se.stockholm.vfu.common;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import se.stockholm.vfu.it.AllocationFixtures;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.place.PlaceForm;
import se.stockholm.vfu.place.PlaceRow;
import se.stockholm.vfu.place.PlaceService;
import se.stockholm.vfu.request.RequestChanges;
import se.stockholm.vfu.request.RequestDetails;
import se.stockholm.vfu.request.RequestService;
import se.stockholm.vfu.request.RequestStatus;
import se.stockholm.vfu.term.Season;
import se.stockholm.vfu.term.TermForm;
import se.stockholm.vfu.term.TermService;
import se.stockholm.vfu.training.CourseForm;
import se.stockholm.vfu.training.TrainingReportForm;
import se.stockholm.vfu.training.TrainingReportService;
import se.stockholm.vfu.training.TrainingReportView;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every edit of a shared record carries the version it was read at (issue 8, hole 10): a change on an old version
 * is refused as a concurrent change (409 over the API), a change without a version as invalid input on the field
 * {@code version} (400), and a change on the current version goes through. Terms, supervisor-training reports,
 * request withdrawals and place offers here; user role and enabled changes in {@code UserAdministrationIT}.
 */
@ExtendWith(ArquillianExtension.class)
class VersionedEditsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    RunAs runAs;

    @Inject
    TermService termService;

    @Inject
    TrainingReportService trainingReports;

    @Inject
    RequestService requestService;

    @Inject
    RequestChanges requestChanges;

    @Inject
    PlaceService placeService;

    @Inject
    AllocationFixtures allocationFixtures;

    @Inject
    Fixtures fixtures;

    @Test
    void aTermIsChangedOnlyAtTheVersionItWasReadAt() throws Exception {
        long id = runAs.user(Fixtures.CENTRAL, () -> termService.open(termForm(freeYear())));
        TermForm read = runAs.user(Fixtures.CENTRAL, () -> TermForm.of(termService.byId(id)));
        TermForm first = runAs.user(Fixtures.CENTRAL, () -> TermForm.of(termService.byId(id)));
        first.setTargetPlaces(110L);
        central(() -> termService.change(id, first));

        read.setTargetPlaces(90L);
        assertStale(() -> central(() -> termService.change(id, read)));
        read.setVersion(null);
        assertMissing(() -> central(() -> termService.change(id, read)));
        assertThat(runAs.user(Fixtures.CENTRAL, () -> termService.byId(id).getTargetPlaces())).isEqualTo(110);
    }

    @Test
    void aTrainingReportIsSavedOnlyAtTheVersionItWasReadAtANewOneAtMinusOne() throws Exception {
        long termId = allocationFixtures.newTerm().termId();
        long su = fixtures.universityId("SU");
        TrainingReportView empty = runAs.user(Fixtures.SU, () -> trainingReports.report(termId, su));
        assertThat(empty.version()).isEqualTo(-1L);

        TrainingReportForm first = report(empty.version(), 10);
        runAs.user(Fixtures.SU, () -> {
            trainingReports.save(termId, first);
        });
        TrainingReportView saved = runAs.user(Fixtures.SU, () -> trainingReports.report(termId, su));

        assertStale(() -> runAs.user(Fixtures.SU, () -> {
            trainingReports.save(termId, report(empty.version(), 20));
        }));
        assertMissing(() -> runAs.user(Fixtures.SU, () -> {
            trainingReports.save(termId, report(null, 20));
        }));
        runAs.user(Fixtures.SU, () -> {
            trainingReports.save(termId, report(saved.version(), 30));
        });
        assertThat(runAs.user(Fixtures.SU, () -> trainingReports.report(termId, su).staffOffered())).isEqualTo(30);
    }

    @Test
    void aRequestIsWithdrawnOnlyAtTheVersionItWasReadAt() throws Exception {
        AllocationFixtures.Scenario term = allocationFixtures.newTerm();
        long id = term.student("a");
        RequestDetails read = runAs.user(Fixtures.CENTRAL, () -> requestService.get(term.termId(), id));

        assertStale(() -> runAs.user(Fixtures.CENTRAL, () -> requestChanges.withdraw(term.termId(), id, read.version() + 1, "Uppehåll")));
        assertMissing(() -> runAs.user(Fixtures.CENTRAL, () -> requestChanges.withdraw(term.termId(), id, null, "Uppehåll")));
        RequestDetails withdrawn = runAs.user(Fixtures.CENTRAL,
                () -> requestChanges.withdraw(term.termId(), id, read.version(), "Uppehåll"));
        assertThat(withdrawn.status()).isEqualTo(RequestStatus.WITHDRAWN);
    }

    @Test
    void aPlaceOfferWithoutAVersionIsRefusedInsteadOfOverwritten() throws Exception {
        AllocationFixtures.Scenario term = allocationFixtures.newTerm();
        long id = term.sodermalmOffer();
        PlaceRow row = runAs.user(Fixtures.CENTRAL, () -> placeService.get(term.termId(), id));
        PlaceForm form = PlaceForm.of(row);
        form.setVersion(null);

        assertMissing(() -> central(() -> placeService.update(term.termId(), id, form)));

        form.setVersion(row.version());
        form.setPlaces(row.places() + 1);
        central(() -> placeService.update(term.termId(), id, form));
        // the same form again: still the version read before the change that was just saved
        form.setPlaces(row.places() + 2);
        assertStale(() -> central(() -> placeService.update(term.termId(), id, form)));
        assertThat(runAs.user(Fixtures.CENTRAL, () -> placeService.get(term.termId(), id)).places()).isEqualTo(row.places() + 1);
    }

    private void central(Runnable change) throws Exception {
        runAs.user(Fixtures.CENTRAL, () -> change.run());
    }

    private static void assertStale(ThrowingCallable change) {
        assertThatThrownBy(change).isInstanceOf(EJBException.class).hasRootCauseInstanceOf(OptimisticLockException.class);
    }

    private static void assertMissing(ThrowingCallable change) {
        assertThatThrownBy(change).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.getField()).isEqualTo("version");
            assertThat(e.getMessageKey()).isEqualTo("error.versionRequired");
        });
    }

    private int freeYear() throws Exception {
        return runAs.user(Fixtures.CENTRAL, () -> {
            int year = 2060;
            while (termService.byCode("VT" + year).isPresent()) {
                year++;
            }
            return year;
        });
    }

    private static TermForm termForm(int year) {
        TermForm form = new TermForm();
        form.setSeason(Season.VT);
        form.setYear(year);
        form.setVfuStart(LocalDate.of(year, 1, 20));
        form.setVfuEnd(LocalDate.of(year, 6, 5));
        form.setReportingDeadline(LocalDate.of(year - 1, 12, 1));
        form.setRequestDeadline(LocalDate.of(year - 1, 12, 10));
        return form;
    }

    private static TrainingReportForm report(Long version, int staffOffered) {
        TrainingReportForm form = new TrainingReportForm();
        form.setVersion(version);
        form.getCourses().add(new CourseForm("Handledarutbildning", LocalDate.of(3000, 3, 1),
                LocalDate.of(3000, 3, 20), 12));
        form.setStaffOffered(staffOffered);
        return form;
    }
}
