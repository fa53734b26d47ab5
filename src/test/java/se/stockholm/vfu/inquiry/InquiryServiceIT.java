package se.stockholm.vfu.inquiry;

import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.notification.NotificationRow;
import se.stockholm.vfu.notification.NotificationService;
import se.stockholm.vfu.notification.NotificationTestSupport;
import se.stockholm.vfu.overview.OverviewService;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A district forwards a student's inquiry; the university it went to, and only that one, acts on it. */
@ExtendWith(ArquillianExtension.class)
class InquiryServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    InquiryService inquiryService;

    @Inject
    OverviewService overviewService;

    @Inject
    RunAs runAs;

    @Inject
    ValidatorFactory validation;

    @Inject
    Fixtures fixtures;

    @Inject
    NotificationService notificationService;

    @Inject
    NotificationTestSupport notifications;

    @Test
    void aForwardedInquiryBecomesARequestOfTheReceivingUniversity() throws Exception {
        long id = forwardFromSodermalmTo("SU", "Umeå universitet");

        InquiryRow forwarded = runAs.user(Fixtures.SODERMALM, () -> inquiryService.get(id));
        assertThat(forwarded.status()).isEqualTo(InquiryStatus.FORWARDED);
        assertThat(forwarded.universityCode()).isEqualTo("SU");
        assertThat(forwarded.homeUniversity()).isEqualTo("Umeå universitet");

        runAs.user(Fixtures.SU, () -> inquiryService.acknowledge(id));
        String ref = "inq-" + id;
        long requestBefore = requestsOfSu();
        // into the term that request tests may change: the fixtures' own term (TERM) is read-only, others count it
        long requestId = runAs.user(Fixtures.SU, () -> inquiryService.turnIntoRequest(id, requestTerm(), ref));

        InquiryRow done = runAs.user(Fixtures.SODERMALM, () -> inquiryService.get(id));
        assertThat(done.status()).isEqualTo(InquiryStatus.TURNED_INTO_REQUEST);
        assertThat(done.requestId()).isEqualTo(requestId);
        assertThat(done.acknowledgedAt()).isNotNull();
        assertThat(requestsOfSu()).isEqualTo(requestBefore + 1);
    }

    /**
     * The university's coordinators are told of an inquiry forwarded to them, to acknowledge it (the list counts the
     * days): by the district and the day it came, with no student named, linking to the inquiries page. Another
     * university and the district are not told.
     */
    @Test
    void theUniversitysCoordinatorsAreToldOfAnInquiryForwardedToThem() throws Exception {
        InquiryForm form = form("SU");
        // a day no other test forwards on, to find this inquiry's notices
        LocalDate received = LocalDate.now(StockholmTime.ZONE).minusDays(400 + ThreadLocalRandom.current().nextInt(5000));
        form.setReceivedOn(received);
        runAs.user(Fixtures.SODERMALM, () -> inquiryService.forward(form));

        assertThat(notifications.recipientsOf(received.toString())).contains(Fixtures.SU)
                .doesNotContain(Fixtures.SH, Fixtures.SODERMALM, Fixtures.CENTRAL);
        long id = notifications.idOf(Fixtures.SU, received.toString());
        NotificationRow sv = runAs.user(Fixtures.SU, () -> notificationService.get(id, Locale.forLanguageTag("sv")));
        assertThat(sv.subject()).isEqualTo("Ny förfrågan från en student via Södermalm");
        assertThat(sv.body()).contains("Södermalm").contains(received.toString())
                .contains("Förfrågningar från studenter");
        assertThat(sv.link()).isEqualTo("/inquiries.xhtml");
        NotificationRow en = runAs.user(Fixtures.SU, () -> notificationService.get(id, Locale.ENGLISH));
        assertThat(en.subject()).isEqualTo("New student inquiry forwarded by Södermalm");
        assertThat(en.body()).contains("a student's inquiry");
        for (NotificationRow row : List.of(sv, en)) {
            assertThat(row.subject() + row.body()).doesNotContain(form.getStudentName())
                    .doesNotContain(form.getStudentEmail());
        }
    }

    @Test
    void theDistrictSeesItsOwnInquiriesOnlyAndTheUniversityItsInboxOnly() throws Exception {
        long toSu = forwardFromSodermalmTo("SU", null);
        long toSh = forwardFromSodermalmTo("SH", null);

        var sodermalm = runAs.user(Fixtures.SODERMALM, () -> inquiryService.find(PageRequest.of(0, 500)));
        var rinkeby = runAs.user(Fixtures.RINKEBY, () -> inquiryService.find(PageRequest.of(0, 500)));
        var su = runAs.user(Fixtures.SU, () -> inquiryService.find(PageRequest.of(0, 500)));
        var central = runAs.user(Fixtures.CENTRAL, () -> inquiryService.find(
                new PageRequest(0, 500, null, true, Map.of("status", "FORWARDED"))));

        assertThat(sodermalm.rows()).extracting(InquiryRow::id).contains(toSu, toSh);
        assertThat(sodermalm.rows()).allMatch(r -> r.districtName().equals("Södermalm"));
        assertThat(rinkeby.rows()).extracting(InquiryRow::id).doesNotContain(toSu, toSh);
        assertThat(su.rows()).extracting(InquiryRow::id).contains(toSu).doesNotContain(toSh);
        assertThat(su.rows()).allMatch(r -> r.universityCode().equals("SU"));
        assertThat(central.rows()).extracting(InquiryRow::id).contains(toSu, toSh);
    }

    @Test
    void anotherDistrictOrUniversityCannotReadOrActOnAnInquiry() throws Exception {
        long id = forwardFromSodermalmTo("SU", null);

        assertThatThrownBy(() -> runAs.user(Fixtures.RINKEBY, () -> inquiryService.get(id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.SH, () -> inquiryService.get(id)))
                .isInstanceOf(NotFoundException.class);
        // acting on another university's inquiry is "not found" too: a 403 told that it exists
        assertThatThrownBy(() -> runAs.user(Fixtures.SH, () -> inquiryService.acknowledge(id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.SH, () -> inquiryService.decline(id, "not ours")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.SH, () -> inquiryService.turnIntoRequest(id, requestTerm(),
                "not-ours"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.SH, () -> inquiryService.turnIntoRequest(id,
                Fixtures.REQUEST_TERM, "not-ours"))).isInstanceOf(NotFoundException.class);

        assertThat(runAs.user(Fixtures.SU, () -> inquiryService.get(id)).status()).isEqualTo(InquiryStatus.FORWARDED);
    }

    @Test
    void decliningNeedsAReasonAndClosesTheInquiry() throws Exception {
        long id = forwardFromSodermalmTo("SH", null);

        assertThatThrownBy(() -> runAs.user(Fixtures.SH, () -> inquiryService.decline(id, " ")))
                .hasRootCauseInstanceOf(jakarta.validation.ConstraintViolationException.class);

        runAs.user(Fixtures.SH, () -> inquiryService.decline(id, "Studenten har redan en plats."));
        InquiryRow declined = runAs.user(Fixtures.SODERMALM, () -> inquiryService.get(id));
        assertThat(declined.status()).isEqualTo(InquiryStatus.DECLINED);
        assertThat(declined.declineReason()).isEqualTo("Studenten har redan en plats.");

        assertThatThrownBy(() -> runAs.user(Fixtures.SH, () -> inquiryService.turnIntoRequest(id, fixtures.termId(), "x-1")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyDistrictsForwardAndNotFromTheFuture() {
        InquiryForm future = form("SU");
        future.setReceivedOn(LocalDate.now(StockholmTime.ZONE).plusDays(2));

        assertThatThrownBy(() -> runAs.user(Fixtures.SODERMALM, () -> inquiryService.forward(future)))
                .hasRootCauseInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.SU, () -> inquiryService.forward(form("SU"))))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
    }

    @Test
    void anInquiryReceivedTodayInStockholmIsNotFromTheFutureWhateverTheServersZone() throws Exception {
        // the forms fill in Stockholm's today; the rule "not in the future" must mean the same day (the server runs
        // in UTC here, an hour or two behind Stockholm, when a user's today is the server's tomorrow)
        assertThat(validation.getClockProvider().getClock().getZone()).isEqualTo(StockholmTime.ZONE);
        InquiryForm today = form("SU");
        today.setReceivedOn(LocalDate.now(StockholmTime.ZONE));

        long id = runAs.user(Fixtures.SODERMALM, () -> inquiryService.forward(today));
        assertThat(runAs.user(Fixtures.SODERMALM, () -> inquiryService.get(id)).receivedOn())
                .isEqualTo(today.getReceivedOn());
    }

    private long forwardFromSodermalmTo(String universityCode, String homeUniversity) throws Exception {
        InquiryForm form = form(universityCode);
        form.setHomeUniversity(homeUniversity);
        return runAs.user(Fixtures.SODERMALM, () -> inquiryService.forward(form));
    }

    private InquiryForm form(String universityCode) {
        InquiryForm form = new InquiryForm();
        form.setStudentName("Student " + UUID.randomUUID().toString().substring(0, 6));
        form.setStudentEmail("student@example.se");
        form.setMessage("Jag vill göra min VFU hos er.");
        form.setReceivedOn(LocalDate.now(StockholmTime.ZONE).minusDays(1));
        form.setUniversityId(fixtures.universityId(universityCode));
        return form;
    }

    private long requestsOfSu() throws Exception {
        return runAs.user(Fixtures.SU, () -> overviewService.university(requestTerm(), fixtures.universityId("SU")))
                .requests();
    }

    private long requestTerm() {
        return fixtures.termId(Fixtures.REQUEST_TERM);
    }
}
