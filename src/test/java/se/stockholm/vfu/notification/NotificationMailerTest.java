package se.stockholm.vfu.notification;

import org.junit.jupiter.api.Test;

import java.util.List;

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
}
