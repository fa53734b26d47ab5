package se.stockholm.vfu.network;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.it.TestSmtp;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invitation mail carries the event's calendar file, the same as the download: through the server's real mail
 * session to GreenMail started inside the test server (arquillian.xml sets {@code vfu.mail.mode=smtp} and the port).
 */
@ExtendWith(ArquillianExtension.class)
class NetworkInvitationMailIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithMailServer();
    }

    @Inject
    RunAs runAs;

    @Inject
    NetworkEventService events;

    @Inject
    Fixtures fixtures;

    GreenMail smtp;

    @BeforeEach
    void startSmtpServer() {
        smtp = TestSmtp.start();
    }

    @AfterEach
    void stopSmtpServer() {
        smtp.stop();
    }

    @Test
    void theInvitationMailHasTheEventsCalendarFileAttached() throws Exception {
        String title = "IT Kalender " + UUID.randomUUID().toString().substring(0, 8);
        EventForm form = NetworkEventsIT.form(EventKind.NETWORK_MEETING, title, LocalDate.of(2059, 5, 12));
        form.setAllDistricts(false);
        form.setAllUniversities(false);
        form.setDistrictIds(List.of(fixtures.districtId("RK")));
        long id = runAs.userCommitting(Fixtures.CENTRAL, () -> events.create(form));

        runAs.userCommitting(Fixtures.CENTRAL, () -> events.sendInvitations(id));

        MimeMessage mail = awaitMail(Fixtures.RINKEBY + "@it.example", "Inbjudan: " + title);
        assertThat(mail.getContentType()).startsWith("multipart/mixed");
        Multipart parts = (Multipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart text = parts.getBodyPart(0);
        assertThat(text.getContentType()).startsWith("text/plain");
        assertThat(text.getContent().toString()).contains("Ni är inbjudna till " + title);
        BodyPart calendar = parts.getBodyPart(1);
        assertThat(calendar.getContentType()).startsWith("text/calendar").contains("method=PUBLISH");
        assertThat(calendar.getDisposition()).isEqualToIgnoringCase(BodyPart.ATTACHMENT);
        assertThat(calendar.getFileName()).isEqualTo("vfu-event-" + id + ".ics");
        String ics = new String(calendar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String download = runAs.user(Fixtures.RINKEBY, () -> events.calendar(id));
        assertThat(ics).as("the same file as the download").isEqualTo(download)
                .contains("UID:network-event-" + id + "@")
                .contains("DTSTART:20590512T070000Z")
                .contains("SUMMARY:" + title);
        assertThat(mailsAbout(title)).extracting(NetworkInvitationMailIT::to).as("only the invited district")
                .doesNotContain(Fixtures.SODERMALM + "@it.example");
    }

    private MimeMessage awaitMail(String to, String subject) throws Exception {
        Instant until = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(until)) {
            for (MimeMessage mail : mailsAbout(subject)) {
                if (to(mail).equals(to)) {
                    return mail;
                }
            }
            smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No mail " + subject + " to " + to + " within " + PATIENCE);
    }

    private List<MimeMessage> mailsAbout(String marker) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (mail.getSubject() != null && mail.getSubject().contains(marker)) {
                found.add(mail);
            }
        }
        return found;
    }

    private static String to(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
