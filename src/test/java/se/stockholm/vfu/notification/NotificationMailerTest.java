package se.stockholm.vfu.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** What the log may say about a notification mail: which notice and which users, never who they are or what it says. */
class NotificationMailerTest {

    @Test
    void aMailIsDescribedByItsNoticeAndTheRecipientsUserIdsOnly() {
        OutgoingMail mail = new OutgoingMail("notice.placementConfirmed.subject", List.of(
                new OutgoingMail.Message(7, "anna.andersson@su.example", "Placering bekräftad: Stina Student", "Text"),
                new OutgoingMail.Message(11, "bo.berg@su.example", "Placering bekräftad: Stina Student", "Text")));

        String described = NotificationMailer.describe(mail);

        assertThat(described).isEqualTo("notice notice.placementConfirmed.subject to user id(s) 7, 11");
    }

    @Test
    void anAttachedCalendarFileIsATextCalendarPartBesideTheText() throws Exception {
        Properties properties = new Properties();
        properties.put("mail.from", "vfu-portalen@stockholm.se");
        Session session = Session.getInstance(properties);
        String ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:network-event-42@vfu.example\r\n"
                + "DTSTART:20590512T070000Z\r\nSUMMARY:Nätverksträff\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        OutgoingMail.Message message = new OutgoingMail.Message(7, "anna@su.example", "Inbjudan: Nätverksträff", "Välkommen");

        MimeMessage built = NotificationMailer.mime(session, message,
                new OutgoingMail.Attachment("vfu-event-42.ics", "text/calendar; charset=UTF-8", ics));
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        built.writeTo(wire);
        MimeMessage read = new MimeMessage(session, new ByteArrayInputStream(wire.toByteArray()));

        Multipart parts = (Multipart) read.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContent().toString()).isEqualTo("Välkommen");
        BodyPart calendar = parts.getBodyPart(1);
        assertThat(calendar.getContentType()).startsWith("text/calendar").contains("method=PUBLISH");
        assertThat(calendar.getFileName()).isEqualTo("vfu-event-42.ics");
        assertThat(new String(calendar.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(ics);
    }

    @Test
    void withoutAnAttachmentTheMailIsPlainText() throws Exception {
        Session session = Session.getInstance(new Properties());
        MimeMessage built = NotificationMailer.mime(session,
                new OutgoingMail.Message(7, "anna@su.example", "Ämne", "Text"), null);
        assertThat(built.getContentType()).startsWith("text/plain");
    }

    @Test
    void theAttachmentIsNeverDescribedInTheLog() {
        OutgoingMail mail = new OutgoingMail("notice.networkInvitation.subject",
                List.of(new OutgoingMail.Message(7, "anna@su.example", "Inbjudan: Nätverksträff", "Text")),
                new OutgoingMail.Attachment("vfu-event-42.ics", "text/calendar", "SUMMARY:Nätverksträff"));

        assertThat(NotificationMailer.describe(mail)).isEqualTo("notice notice.networkInvitation.subject to user id(s) 7");
    }
}
