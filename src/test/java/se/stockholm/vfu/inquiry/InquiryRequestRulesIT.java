package se.stockholm.vfu.inquiry;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.request.RequestDeadlinePassedException;
import se.stockholm.vfu.request.RequestDetails;
import se.stockholm.vfu.request.RequestService;
import se.stockholm.vfu.term.Season;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.term.TermForm;
import se.stockholm.vfu.term.TermService;
import se.stockholm.vfu.term.TermStatus;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Turning an inquiry into a request goes through the rules of every other request (issue 8, hole 7): the student
 * id is validated (never a personal identity number), the request deadline holds for the university while the
 * central contact may still do it (recorded as a late change), a student id that differs only in case is the
 * same student (a message, not a database error), a closed term takes none, and who made the request and when is
 * recorded.
 */
@ExtendWith(ArquillianExtension.class)
class InquiryRequestRulesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    InquiryService inquiryService;

    @Inject
    RequestService requestService;

    @Inject
    TermService termService;

    @Inject
    RunAs runAs;

    @Inject
    Fixtures fixtures;

    @Test
    void aPersonalIdentityNumberIsRefusedAsStudentIdBesideTheField() throws Exception {
        long id = forwardToSu();
        long term = fixtures.termId(Fixtures.REQUEST_TERM);
        for (String personalNumber : new String[] {"19900101-1234", "199001011234", "900101-1234"}) {
            assertThatThrownBy(() -> runAs.user(Fixtures.SU, () -> inquiryService.turnIntoRequest(id, term, personalNumber)))
                    .as(personalNumber)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.getField()).isEqualTo("studentRef");
                        assertThat(e.getMessageKey()).isEqualTo("request.error.personalNumber");
                    });
        }
        assertThat(runAs.user(Fixtures.SU, () -> inquiryService.get(id)).status()).isEqualTo(InquiryStatus.FORWARDED);
    }

    @Test
    void afterTheRequestDeadlineTheUniversityIsRefusedAndTheCentralContactMayWithTheLateChangeRecorded()
            throws Exception {
        long id = forwardToSu();
        long past = fixtures.termId(Fixtures.PAST_TERM);
        String ref = unique("it-inq-late");

        assertThatThrownBy(() -> runAs.user(Fixtures.SU, () -> inquiryService.turnIntoRequest(id, past, ref)))
                .isInstanceOfSatisfying(RequestDeadlinePassedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("request.error.deadlinePassed"));
        assertThat(runAs.user(Fixtures.SU, () -> inquiryService.get(id)).status()).isEqualTo(InquiryStatus.FORWARDED);

        long requestId = runAs.user(Fixtures.CENTRAL, () -> inquiryService.turnIntoRequest(id, past, ref));
        RequestDetails made = runAs.user(Fixtures.SU, () -> requestService.get(past, requestId));
        assertThat(made.universityCode()).isEqualTo("SU");
        assertThat(made.termCode()).isEqualTo(Fixtures.PAST_TERM);
        assertThat(made.changedBy()).isEqualTo(Fixtures.CENTRAL);
        assertThat(made.lateChangeBy()).isEqualTo(Fixtures.CENTRAL);
        assertThat(made.lateChangeAt()).isNotNull();
        InquiryRow done = runAs.user(Fixtures.SODERMALM, () -> inquiryService.get(id));
        assertThat(done.status()).isEqualTo(InquiryStatus.TURNED_INTO_REQUEST);
        assertThat(done.requestId()).isEqualTo(requestId);
    }

    @Test
    void aStudentIdDifferingOnlyInCaseIsADuplicateWithAMessageNotADatabaseError() throws Exception {
        long id = forwardToSu();
        long term = fixtures.termId(Fixtures.REQUEST_TERM);

        // SU's it-su-r1 is in the term already (Fixtures)
        assertThatThrownBy(() -> runAs.user(Fixtures.SU, () -> inquiryService.turnIntoRequest(id, term, "IT-SU-R1")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getField()).isEqualTo("studentRef");
                    assertThat(e.getMessageKey()).isEqualTo("request.error.duplicate");
                });
        assertThat(runAs.user(Fixtures.SU, () -> inquiryService.get(id)).status()).isEqualTo(InquiryStatus.FORWARDED);
    }

    @Test
    void whoMadeTheRequestAndWhenIsRecordedAndItCarriesTheInquirysStudent() throws Exception {
        long id = forwardToSu();
        long term = fixtures.termId(Fixtures.REQUEST_TERM);
        String ref = unique("it-inq-ok");
        InquiryRow inquiry = runAs.user(Fixtures.SU, () -> inquiryService.get(id));

        long requestId = runAs.user(Fixtures.SU, () -> inquiryService.turnIntoRequest(id, term, " " + ref + " "));

        RequestDetails made = runAs.user(Fixtures.SU, () -> requestService.get(term, requestId));
        assertThat(made.studentRef()).isEqualTo(ref);
        assertThat(made.studentName()).isEqualTo(inquiry.studentName());
        assertThat(made.studentEmail()).isEqualTo(inquiry.studentEmail());
        assertThat(made.homeUniversity()).isEqualTo("Umeå universitet");
        assertThat(made.changedBy()).isEqualTo(Fixtures.SU);
        assertThat(made.changedAt()).isNotNull();
        assertThat(made.lateChangeBy()).isNull();
    }

    @Test
    void aClosedTermTakesNoRequestEvenFromTheCentralContact() throws Exception {
        long closed = closedTerm();
        long id = forwardToSu();

        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL,
                () -> inquiryService.turnIntoRequest(id, closed, unique("it-inq-closed"))))
                .isInstanceOfSatisfying(RequestDeadlinePassedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("request.error.termClosed"));
        assertThat(runAs.user(Fixtures.SU, () -> inquiryService.get(id)).status()).isEqualTo(InquiryStatus.FORWARDED);
    }

    /**
     * A term of this test's own, long ended and closed (so it is never anyone's current term); VT2001 and HT2001 are
     * the retention tests' own.
     */
    private long closedTerm() throws Exception {
        return runAs.user(Fixtures.CENTRAL, () -> termService.byCode("VT2000").map(Term::getId).orElseGet(() -> {
            TermForm form = new TermForm();
            form.setSeason(Season.VT);
            form.setYear(2000);
            form.setVfuStart(LocalDate.of(2000, 1, 17));
            form.setVfuEnd(LocalDate.of(2000, 6, 2));
            form.setReportingDeadline(LocalDate.of(2000, 1, 3));
            form.setRequestDeadline(LocalDate.of(2000, 1, 10));
            form.setStatus(TermStatus.CLOSED);
            return termService.open(form);
        }));
    }

    private long forwardToSu() throws Exception {
        InquiryForm form = new InquiryForm();
        form.setStudentName("IT Inquiry " + UUID.randomUUID().toString().substring(0, 6));
        form.setStudentEmail("inquiry@student.example.se");
        form.setHomeUniversity("Umeå universitet");
        form.setMessage("Jag vill göra min VFU hos er.");
        form.setReceivedOn(LocalDate.now(StockholmTime.ZONE).minusDays(1));
        form.setUniversityId(fixtures.universityId("SU"));
        return runAs.user(Fixtures.SODERMALM, () -> inquiryService.forward(form));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
