package se.stockholm.vfu.notification;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.it.ServerLog;
import se.stockholm.vfu.it.TestSmtp;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The mail outbox: a notice's mail is written in the business transaction and sent from there, so a mail whose
 * send failed because the relay was down goes once the relay is back (by the scheduled drain, every 30 seconds),
 * exactly once, and is then gone from the outbox; a rolled-back change leaves no mail in the outbox and none is ever
 * sent. A relay out of reach is one WARNING in the server log, however many mails fail, and its return one INFO line.
 * GreenMail, started here inside the test server on the port the mail session sends to, is the relay.
 */
@ExtendWith(ArquillianExtension.class)
class MailOutboxIT {

    /** The first try right after the commit, or the scheduled drain's next run (every 30 s) on a busy machine. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Inject
    NotificationService notificationService;

    @Inject
    NotificationTestSupport support;

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs runAs;

    GreenMail smtp;

    @AfterEach
    void stopSmtpServer() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aMailWhoseSendFailedWhileTheRelayWasDownIsSentOnceWhenItIsBack() throws Exception {
        support.createUsers();
        String student = student("Outbox");

        // nothing listens on the relay's port: the try after the commit fails and the mail stays in the outbox
        placementConfirmed(student);
        awaitFailedTry(student);

        startSmtpServer();
        assertThat(support.makeDue(student)).as("as if the wait after the failed try had passed").isPositive();

        MimeMessage mail = awaitMail(Fixtures.SU + "@it.example", student);
        assertThat(mail.getSubject()).isEqualTo("Placering bekräftad: " + student);
        awaitTrue("a sent mail is deleted from the outbox", () -> support.outboxAttempts(student).isEmpty());
        TimeUnit.SECONDS.sleep(2);
        assertThat(mailsAbout(student)).as("sent exactly once").extracting(MailOutboxIT::to)
                .containsOnlyOnce(Fixtures.SU + "@it.example")
                .doesNotHaveDuplicates()
                .doesNotContain(NotificationTestSupport.SU_OFF + "@it.example");
    }

    @Test
    void aRelayThatGoesDownIsOneWarningInTheLogAndItsReturnOneLine() throws Exception {
        support.createUsers();
        startSmtpServer();
        String before = student("Outbox up");
        placementConfirmed(before);
        awaitMail(Fixtures.SU + "@it.example", before);
        // marked before the relay stops: the timer may try another test's mail while it stops
        ServerLog log = ServerLog.mark();
        smtp.stop();
        smtp = null;

        List<String> whileDown = List.of(student("Outbox down"), student("Outbox down"));
        for (String student : whileDown) {
            placementConfirmed(student);
            awaitFailedTry(student);
        }
        String down = log.awaitQuiet(Duration.ofSeconds(5)).gained();
        // one line for the relay going away, whichever mail met it first (the timer may be sending another test's
        // mail while the relay stops); the two mails that then found no relay are no WARNING of their own
        List<String> warnings = mailerLines(down, "WARN(ING)?");
        assertThat(warnings).as("the relay going away:%n%s", down)
                .filteredOn(line -> line.contains("The mail relay cannot be reached")).singleElement()
                .satisfies(line -> assertThat(line).doesNotContain(Fixtures.SU + "@it.example"));
        assertThat(warnings).as("a WARNING for each mail that found no relay:%n%s", down)
                .filteredOn(line -> line.contains("ConnectException") && !line.contains("cannot be reached")).isEmpty();

        log = ServerLog.mark();
        startSmtpServer();
        for (String student : whileDown) {
            assertThat(support.makeDue(student)).as("as if the wait after the failed try had passed").isPositive();
        }
        for (String student : whileDown) {
            awaitMail(Fixtures.SU + "@it.example", student);
        }
        String back = log.awaitQuiet(Duration.ofSeconds(5)).gained();
        assertThat(mailerLines(back, "INFO")).as("once the relay is back:%n%s", back).singleElement()
                .satisfies(line -> assertThat(line).contains("The mail relay takes mail again"));
        assertThat(mailerLines(back, "WARN(ING)?")).isEmpty();
    }

    /**
     * Mail queued for a district contact whom an administrator then moves to another district, or disables, is not
     * sent to them: it is about the old district's students (before, it went once the relay was back); the contact
     * who stays gets theirs.
     */
    @Test
    void queuedMailOfAUserMovedOrDisabledMeanwhileIsNotSent() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String stays = "it-ob-stays-" + suffix;
        String moved = "it-ob-moved-" + suffix;
        String disabled = "it-ob-off-" + suffix;
        for (String contact : List.of(stays, moved, disabled)) {
            support.createDistrictContact(contact, "SO");
        }
        String student = student("Outbox moved");
        // nothing listens on the relay's port: the mails stay in the outbox
        notificationService.notifyDistrict(fixtures.districtId("SO"),
                Notice.placementCancelled(student, Fixtures.TERM, "Studenten har avbrutit", null));
        awaitFailedTry(student);

        runAs.userCommitting(Fixtures.ADMIN, () -> support.moveToDistrict(moved, "RK"));
        runAs.userCommitting(Fixtures.ADMIN, () -> support.disable(disabled));
        startSmtpServer();
        support.makeDue(student);

        awaitMail(stays + "@it.example", student);
        awaitTrue("the outbox is drained of the notice", () -> support.outboxAttempts(student).isEmpty());
        assertThat(mailsAbout(student)).extracting(MailOutboxIT::to)
                .contains(stays + "@it.example")
                .doesNotContain(moved + "@it.example", disabled + "@it.example");
    }

    private static String student(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The SU coordinator is told the student's placement is confirmed: a mail to the SU coordinator. */
    private void placementConfirmed(String student) {
        notificationService.notifyUniversity(fixtures.universityId("SU"),
                Notice.placementConfirmed(student, "Södermalm", Fixtures.TERM, ActedBy.OWN, "/university/requests.xhtml"));
    }

    private void awaitFailedTry(String student) throws InterruptedException {
        awaitTrue("the failed try is counted in the outbox", () -> {
            List<Integer> attempts = support.outboxAttempts(student);
            return !attempts.isEmpty() && attempts.stream().allMatch(tries -> tries >= 1);
        });
    }

    /** The mailer's lines of one level (the server log's own format: date, time, level, logger). */
    private static List<String> mailerLines(String written, String level) {
        return written.lines().filter(line -> line.matches("\\S+ \\S+ " + level + " +\\["
                + Pattern.quote(NotificationMailer.class.getName()) + "\\].*")).toList();
    }

    @Test
    void mailOfARolledBackChangeIsNeverInTheOutboxNorSent() throws Exception {
        support.createUsers();
        startSmtpServer();
        String rolledBack = "outbox-rollback-" + UUID.randomUUID().toString().substring(0, 8);
        String committed = "outbox-commit-" + UUID.randomUUID().toString().substring(0, 8);
        long sodermalm = fixtures.districtId("SO");

        assertThatThrownBy(() -> support.notifyDistrictThenFail(sodermalm, Notice.offersPublished(rolledBack, 2, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(support.outboxAttempts(rolledBack)).as("nothing of the rolled-back change is in the outbox").isEmpty();

        // a committed notice after it, sent through the same outbox: once it is here, the other would have been too
        notificationService.notifyDistrict(sodermalm, Notice.offersPublished(committed, 2, null));
        awaitMail(Fixtures.SODERMALM + "@it.example", committed);
        awaitTrue("the committed mail leaves the outbox", () -> support.outboxAttempts(committed).isEmpty());

        assertThat(mailsAbout(rolledBack)).isEmpty();
        assertThat(support.outboxAttempts(rolledBack)).isEmpty();
    }

    private void startSmtpServer() {
        smtp = TestSmtp.start();
    }

    private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError(what + ": not within " + PATIENCE);
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
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
