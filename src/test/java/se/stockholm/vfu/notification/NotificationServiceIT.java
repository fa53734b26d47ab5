package se.stockholm.vfu.notification;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;
import se.stockholm.vfu.it.RunAs;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Notices reach exactly the enabled users of the district, university or central role they are meant for, and
 * each user reads and marks only their own: through the service and through the JSON API alike.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClass(NotificationTestSupport.class);
    }

    @Inject
    NotificationService notificationService;

    @Inject
    NotificationTestSupport support;

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs runAs;

    @ArquillianResource
    URL base;

    @BeforeEach
    void users() {
        support.createUsers();
    }

    @Test
    void aDistrictNoticeReachesTheEnabledContactsOfThatDistrictOnly() {
        String marker = marker();

        notificationService.notifyDistrict(fixtures.districtId("SO"), Notice.offersPublished(marker, 3, null));

        assertThat(support.recipientsOf(marker))
                .contains(Fixtures.SODERMALM, NotificationTestSupport.SODERMALM_2)
                .doesNotContain(NotificationTestSupport.SODERMALM_OFF, Fixtures.RINKEBY, Fixtures.SU, Fixtures.SH,
                        Fixtures.CENTRAL, Fixtures.ADMIN)
                .doesNotHaveDuplicates();
    }

    @Test
    void aUniversityNoticeReachesTheEnabledCoordinatorsOfThatUniversityOnly() {
        String marker = marker();

        notificationService.notifyUniversity(fixtures.universityId("SU"),
                Notice.placementDeclined(marker, "Södermalm", Fixtures.TERM, "Ingen handledare", ActedBy.OWN, null));

        assertThat(support.recipientsOf(marker)).contains(Fixtures.SU)
                .doesNotContain(NotificationTestSupport.SU_OFF, Fixtures.SH, Fixtures.SODERMALM, Fixtures.CENTRAL);
    }

    @Test
    void aCentralNoticeReachesTheEnabledCentralContactsButNotAdministrators() {
        String marker = marker();

        notificationService.notifyCentral(Notice.message(marker, "Till centrala kontakter", null));

        assertThat(support.recipientsOf(marker)).contains(Fixtures.CENTRAL)
                .doesNotContain(NotificationTestSupport.CENTRAL_OFF, Fixtures.ADMIN, Fixtures.SODERMALM, Fixtures.SU);
    }

    @Test
    void theReaderSeesTheirOwnNewestFirstInTheirLanguageAndMarksThemRead() throws Exception {
        String first = marker();
        String second = marker();
        long su = fixtures.universityId("SU");
        notificationService.notifyUniversity(su,
                Notice.placementConfirmed(first, "Södermalm", Fixtures.TERM, ActedBy.OWN, "/university/requests.xhtml"));
        notificationService.notifyUniversity(su, Notice.placementDeclined(second, "Rinkeby-Kista", Fixtures.TERM,
                "Enheten har inte plats", ActedBy.OWN, null));
        long unreadBefore = runAs.user(Fixtures.SU, notificationService::unreadCount);

        Page<NotificationRow> swedish = runAs.user(Fixtures.SU,
                () -> notificationService.find(PageRequest.of(0, 2), Locale.forLanguageTag("sv")));
        Page<NotificationRow> english = runAs.user(Fixtures.SU,
                () -> notificationService.find(PageRequest.of(0, 2), Locale.ENGLISH));

        assertThat(swedish.rows()).extracting(NotificationRow::subject)
                .containsExactly("Placering avböjd: " + second, "Placering bekräftad: " + first);
        assertThat(swedish.rows().get(0).body()).contains("Rinkeby-Kista har avböjt", "Skäl: Enheten har inte plats");
        assertThat(english.rows().get(1).body())
                .isEqualTo("Södermalm has confirmed the field placement of " + first + " in " + Fixtures.TERM + ".");
        assertThat(english.rows().get(1).link()).isEqualTo("/university/requests.xhtml?term=" + Fixtures.TERM);
        assertThat(swedish.rows()).noneMatch(NotificationRow::read);
        assertThat(unreadBefore).isGreaterThanOrEqualTo(2);

        long id = swedish.rows().get(0).id();
        NotificationRow read = runAs.user(Fixtures.SU, () -> notificationService.markRead(id, Locale.ENGLISH));
        assertThat(read.read()).isTrue();
        assertThat(runAs.user(Fixtures.SU, notificationService::unreadCount)).isEqualTo(unreadBefore - 1);
        Page<NotificationRow> unread = runAs.user(Fixtures.SU, () -> notificationService.find(
                new PageRequest(0, 500, null, true, Map.of("unread", "true")), Locale.ENGLISH));
        assertThat(unread.rows()).extracting(NotificationRow::id).doesNotContain(id);
        assertThat(unread.rows()).noneMatch(NotificationRow::read);

        int marked = runAs.user(Fixtures.SU, notificationService::markAllRead);
        assertThat(marked).isEqualTo(unreadBefore - 1);
        assertThat(runAs.user(Fixtures.SU, notificationService::unreadCount)).isZero();
    }

    @Test
    void noUserReadsOrMarksAnotherUsersNotificationThroughTheService() throws Exception {
        String marker = marker();
        notificationService.notifyDistrict(fixtures.districtId("SO"), Notice.offersPublished(marker, 1, null));
        long id = support.idOf(Fixtures.SODERMALM, marker);
        long colleagues = support.idOf(NotificationTestSupport.SODERMALM_2, marker);

        for (String other : List.of(Fixtures.RINKEBY, Fixtures.SU, Fixtures.CENTRAL, Fixtures.ADMIN,
                NotificationTestSupport.SODERMALM_2)) {
            assertThatThrownBy(() -> runAs.user(other, () -> notificationService.get(id, Locale.ENGLISH)))
                    .as(other).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> runAs.user(other, () -> notificationService.markRead(id, Locale.ENGLISH)))
                    .as(other).isInstanceOf(NotFoundException.class);
            Page<NotificationRow> theirs = runAs.user(other,
                    () -> notificationService.find(PageRequest.of(0, 500), Locale.ENGLISH));
            assertThat(theirs.rows()).extracting(NotificationRow::id).as(other).doesNotContain(id);
        }
        // A colleague in the same district marking all theirs read leaves the other's unread.
        runAs.user(NotificationTestSupport.SODERMALM_2, notificationService::markAllRead);

        assertThat(runAs.user(Fixtures.SODERMALM, () -> notificationService.get(id, Locale.ENGLISH)).read()).isFalse();
        assertThat(runAs.user(NotificationTestSupport.SODERMALM_2,
                () -> notificationService.get(colleagues, Locale.ENGLISH)).read()).isTrue();
    }

    @Test
    void noUserReadsOrMarksAnotherUsersNotificationThroughTheApi() throws Exception {
        String marker = marker();
        notificationService.notifyDistrict(fixtures.districtId("SO"), Notice.offersPublished(marker, 2, null));
        long id = support.idOf(Fixtures.SODERMALM, marker);
        Http http = new Http(base.toURI());

        for (String other : List.of(Fixtures.RINKEBY, Fixtures.SU, Fixtures.CENTRAL)) {
            assertThat(post(http, "api/notifications/" + id + "/read", other).statusCode()).as(other).isEqualTo(404);
            assertThat(http.get("api/notifications/" + id, other, Fixtures.PASSWORD).statusCode()).as(other)
                    .isEqualTo(404);
            assertThat(idsIn(http.get("api/notifications?size=500", other, Fixtures.PASSWORD))).as(other)
                    .doesNotContain(id);
        }

        JsonObject own = Http.object(http.get("api/notifications/" + id, Fixtures.SODERMALM, Fixtures.PASSWORD));
        assertThat(own.getBoolean("read")).isFalse();
        assertThat(own.getString("subject")).isEqualTo("Nya VFU-erbjudanden för " + marker);
        HttpResponse<String> page = http.get("api/notifications?first=0&size=5", Fixtures.SODERMALM,
                Fixtures.PASSWORD);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Http.object(page).getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(1);
        assertThat(Http.object(page).getJsonArray("rows")).hasSizeLessThanOrEqualTo(5);

        HttpResponse<String> marked = post(http, "api/notifications/" + id + "/read", Fixtures.SODERMALM);
        assertThat(marked.statusCode()).isEqualTo(200);
        assertThat(Http.object(marked).getBoolean("read")).isTrue();
        assertThat(http.get("openapi?format=JSON", null, null).body())
                .contains("/api/notifications/{id}/read").contains("/api/notifications");
        HttpResponse<String> english = http.send(HttpRequest.newBuilder(http.uri("api/notifications/" + id))
                .header("Accept-Language", "en").GET(), Fixtures.SODERMALM, Fixtures.PASSWORD);
        assertThat(Http.object(english).getString("subject")).isEqualTo("New field-placement offers for " + marker);
    }

    /**
     * A district contact moved to another district no longer reads what they were told in the old one (a student's
     * name, a placement of the old district): the records themselves answer 404 to them by then, and so must the
     * notifications. What they are told in the new district reaches them.
     */
    @Test
    void aUserMovedToAnotherDistrictNoLongerReadsTheOldDistrictsNotifications() throws Exception {
        String contact = "it-n-mv-" + UUID.randomUUID().toString().substring(0, 8);
        support.createDistrictContact(contact, "SO");
        String student = marker();
        notificationService.notifyDistrict(fixtures.districtId("SO"),
                Notice.placementCancelled(student, Fixtures.TERM, "Studenten har avbrutit", null));
        long id = support.idOf(contact, student);
        Http http = new Http(base.toURI());
        assertThat(http.get("api/notifications?size=500", contact, Fixtures.PASSWORD).body()).contains(student);

        runAs.user(Fixtures.ADMIN, () -> support.moveToDistrict(contact, "RK"));

        HttpResponse<String> list = http.get("api/notifications?size=500", contact, Fixtures.PASSWORD);
        assertThat(idsIn(list)).doesNotContain(id);
        assertThat(list.body()).doesNotContain(student);
        assertThat(http.get("api/notifications/" + id, contact, Fixtures.PASSWORD).statusCode()).isEqualTo(404);
        assertThat(http.get("notifications.xhtml", contact, Fixtures.PASSWORD).body()).doesNotContain(student);
        String news = marker();
        notificationService.notifyDistrict(fixtures.districtId("RK"), Notice.offersPublished(news, 1, null));
        assertThat(http.get("api/notifications?size=500", contact, Fixtures.PASSWORD).body()).contains(news);
    }

    @Test
    void thePageShowsOwnNotificationsAndTheHeaderSaysHowManyAreUnread() throws Exception {
        String own = marker();
        String others = marker();
        notificationService.notifyDistrict(fixtures.districtId("SO"), Notice.offersPublished(own, 5, null));
        notificationService.notifyDistrict(fixtures.districtId("RK"), Notice.offersPublished(others, 5, null));
        long unread = runAs.user(NotificationTestSupport.SODERMALM_2, notificationService::unreadCount);
        Http http = new Http(base.toURI());

        HttpResponse<String> page = http.get("notifications.xhtml", NotificationTestSupport.SODERMALM_2,
                Fixtures.PASSWORD);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Nya VFU-erbjudanden för " + own)
                .doesNotContain(others)
                .contains("Notiser (" + unread + (unread == 1 ? " oläst)" : " olästa)"))
                .contains("Markera alla som lästa");
    }

    private static List<Long> idsIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return Http.object(response).getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .map(row -> row.getJsonNumber("id").longValue()).toList();
    }

    private static HttpResponse<String> post(Http http, String path, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")), user, Fixtures.PASSWORD);
    }

    private static String marker() {
        return "it-n-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
