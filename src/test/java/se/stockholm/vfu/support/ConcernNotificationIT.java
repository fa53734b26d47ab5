package se.stockholm.vfu.support;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.notification.NotificationRow;
import se.stockholm.vfu.notification.NotificationService;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A concern raised on a placement reaches the other side and the central contacts, nobody else, and says only that
 * there is a concern and in which district: neither the student's name nor the concern's text.
 */
@ExtendWith(ArquillianExtension.class)
class ConcernNotificationIT {

    @Inject
    SupportService supportService;

    @Inject
    NotificationService notificationService;

    @Inject
    SupportFixtures fixtures;

    @Inject
    RunAs runAs;

    @Test
    void aConcernTheUniversityRaisesReachesTheDistrictAndTheCentralContactOnly() throws Exception {
        long placement = fixtures.startedPlacement("SO", "SU", null);
        String text = "IT hemlig farhåga " + UUID.randomUUID();

        ConcernRow concern = runAs.userCommitting(Fixtures.SU, () -> supportService.raise(placement, new ConcernForm(text)));

        String link = "/support.xhtml?placement=" + placement + "&term=" + concern.termCode();
        assertThat(notices(Fixtures.SODERMALM, link)).as("the placement's district").hasSize(1);
        assertThat(notices(Fixtures.CENTRAL, link)).as("the central contact").hasSize(1);
        assertThat(notices(Fixtures.SU, link)).as("the side that raised it").isEmpty();
        assertThat(notices(Fixtures.RINKEBY, link)).as("another district").isEmpty();
        assertThat(notices(Fixtures.SH, link)).as("another university").isEmpty();

        NotificationRow notice = notices(Fixtures.SODERMALM, link).get(0);
        assertThat(notice.subject()).contains("Södermalm");
        assertThat(notice.subject() + notice.body()).doesNotContain(concern.studentName()).doesNotContain(text);
    }

    @Test
    void aConcernTheDistrictRaisesReachesTheStudentsUniversityAndTheCentralContactOnly() throws Exception {
        long placement = fixtures.startedPlacement("RK", "SH", null);
        String text = "IT distriktets farhåga " + UUID.randomUUID();

        ConcernRow concern = runAs.userCommitting(Fixtures.RINKEBY,
                () -> supportService.raise(placement, new ConcernForm(text)));

        String link = "/support.xhtml?placement=" + placement + "&term=" + concern.termCode();
        assertThat(notices(Fixtures.SH, link)).as("the student's university").hasSize(1);
        assertThat(notices(Fixtures.CENTRAL, link)).as("the central contact").hasSize(1);
        assertThat(notices(Fixtures.RINKEBY, link)).as("the side that raised it").isEmpty();
        assertThat(notices(Fixtures.SODERMALM, link)).as("another district").isEmpty();
        assertThat(notices(Fixtures.SU, link)).as("another university").isEmpty();
        assertThat(notices(Fixtures.SH, link).get(0).body()).doesNotContain(text);
    }

    @Test
    void aConcernIsHandledOnceAndItsHistoryNamesWhoAndWhen() throws Exception {
        long placement = fixtures.startedPlacement("SO", "SU", null);
        ConcernRow raised = runAs.userCommitting(Fixtures.SODERMALM,
                () -> supportService.raise(placement, new ConcernForm("IT: handledaren slutar")));

        ConcernRow handled = runAs.userCommitting(Fixtures.SU, () -> supportService.handle(raised.id(), raised.version()));

        assertThat(handled.status()).isEqualTo(ConcernStatus.HANDLED);
        assertThat(handled.handledBy()).isEqualTo(Fixtures.SU);
        assertThat(handled.handledAt()).isNotNull();
        assertThat(handled.raisedBy()).isEqualTo(Fixtures.SODERMALM);
    }

    private List<NotificationRow> notices(String user, String link) throws Exception {
        return runAs.user(user, () -> notificationService.find(PageRequest.of(0, PageRequest.MAX_SIZE),
                Locale.forLanguageTag("sv"))).rows().stream().filter(n -> link.equals(n.link())).toList();
    }
}
