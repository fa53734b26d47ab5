package se.stockholm.vfu.notification;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.TestSmtp;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Notification mail through the server's real mail session to a real SMTP server: GreenMail, started here inside
 * the test server on the port the mail session sends to (arquillian.xml sets {@code vfu.smtp.port} to a port the
 * build reserved, and {@code vfu.mail.mode=smtp}). Mail leaves only after the business transaction commits.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationMailIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithMailServer().addClass(NotificationTestSupport.class);
    }

    @Inject
    NotificationService notificationService;

    @Inject
    NotificationTestSupport support;

    @Inject
    Fixtures fixtures;

    GreenMail smtp;

    @BeforeEach
    void startSmtpServer() {
        support.createUsers();
        smtp = TestSmtp.start();
    }

    @AfterEach
    void stopSmtpServer() {
        smtp.stop();
    }

    @Test
    void aCommittedNoticeIsMailedToEachRecipientInSwedishWithEnglishBelow() throws Exception {
        String student = "Mail " + UUID.randomUUID().toString().substring(0, 8);

        notificationService.notifyUniversity(fixtures.universityId("SU"),
                Notice.placementConfirmed(student, "Södermalm", Fixtures.TERM, ActedBy.OWN, "/university/requests.xhtml"));

        MimeMessage mail = awaitMail(Fixtures.SU + "@it.example", student);
        assertThat(mail.getSubject()).isEqualTo("Placering bekräftad: " + student);
        assertThat(Arrays.stream(mail.getFrom()).map(Address::toString)).containsExactly("vfu-portalen@stockholm.se");
        assertThat(mail.getRecipients(Message.RecipientType.TO)).hasSize(1);
        String text = mail.getContent().toString();
        assertThat(text)
                .contains("Södermalm har bekräftat VFU-placeringen av " + student + " under " + Fixtures.TERM + ".")
                .contains("Södermalm has confirmed the field placement of " + student + " in " + Fixtures.TERM + ".")
                .contains("/university/requests.xhtml");
        assertThat(text.indexOf("har bekräftat")).isLessThan(text.indexOf("has confirmed"));
        assertThat(mailsAbout(student)).as("disabled coordinators get no mail").extracting(NotificationMailIT::to)
                .doesNotContain(NotificationTestSupport.SU_OFF + "@it.example");
    }

    @Test
    void aRolledBackBusinessCallSendsNothing() throws Exception {
        String rolledBack = "rollback-" + UUID.randomUUID().toString().substring(0, 8);
        String committed = "commit-" + UUID.randomUUID().toString().substring(0, 8);
        long sodermalm = fixtures.districtId("SO");

        assertThatThrownBy(() -> support.notifyDistrictThenFail(sodermalm, Notice.offersPublished(rolledBack, 4, null)))
                .isInstanceOf(InvalidInputException.class);
        // A committed notice sent after it: once its mail is here, the rolled-back one would have been too.
        notificationService.notifyDistrict(sodermalm, Notice.offersPublished(committed, 4, null));
        awaitMail(Fixtures.SODERMALM + "@it.example", committed);
        awaitMail(NotificationTestSupport.SODERMALM_2 + "@it.example", committed);
        Thread.sleep(1000);

        assertThat(mailsAbout(rolledBack)).isEmpty();
        assertThat(support.recipientsOf(rolledBack)).as("nor is the in-app notification kept").isEmpty();
        assertThat(mailsAbout(committed)).extracting(NotificationMailIT::to)
                .contains(Fixtures.SODERMALM + "@it.example", NotificationTestSupport.SODERMALM_2 + "@it.example")
                .doesNotContain(NotificationTestSupport.SODERMALM_OFF + "@it.example", Fixtures.RINKEBY + "@it.example");
    }

    private MimeMessage awaitMail(String to, String marker) throws Exception {
        Instant until = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(until)) {
            for (MimeMessage mail : mailsAbout(marker)) {
                if (to(mail).equals(to)) {
                    return mail;
                }
            }
            smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No mail about " + marker + " to " + to + " within " + PATIENCE);
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
