package se.stockholm.vfu.support;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;
import se.stockholm.vfu.it.PageClient;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The support page's forms as the placement's district contact sends them: the three-way meeting saved (and its form
 * shows what was saved), a meeting without its teacher refused with the field's message and nothing saved, and a
 * concern raised on the placement. The scenario's placement is Södermalm's, running, with a meeting and one concern.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupportPageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void theDistrictContactSetsTheMeetingAndRaisesAConcernOnThePlacementsSupportPage() throws Exception {
        PageClient central = new PageClient(base.toURI(), Fixtures.CENTRAL, Fixtures.PASSWORD);
        HttpResponse<String> created = central.send("POST", central.uri("api/it/support-scenario"), null, null,
                "Accept", "application/json", "X-Requested-With", "it");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonObject scenario = Http.object(created);
        String page = "support.xhtml?placement=" + scenario.getJsonNumber("placementId").longValue() + "&term="
                + scenario.getString("termCode");
        JsonObject before = state(central, scenario);

        PageClient district = new PageClient(base.toURI(), Fixtures.SODERMALM, Fixtures.PASSWORD);
        assertThat(district.open(page).body()).contains("value=\"IT Lärare\"");

        String refused = text(district.press(page, "meetingForm:saveMeeting", meeting("", "2060-09-22 09:15")));
        assertThat(refused).as("the field's message").contains("Fältet måste fyllas i.")
                .doesNotContain("Trepartssamtalet är sparat.");
        assertThat(state(central, scenario)).as("nothing saved").isEqualTo(before);

        // a date and time that do not exist: the message in the page's language (it was the standard English one),
        // and what was typed is given back to the field (the picker keeps it: it emptied the field)
        district.open(page);
        String impossible = text(district.press(page, "meetingForm:saveMeeting", meeting("IT Ny lärare", "2060-13-45 99:99")));
        assertThat(impossible).contains("Ange ett giltigt datum och en giltig tid (ÅÅÅÅ-MM-DD TT:MM), till exempel 2026-09-22 09:30.")
                .contains("value=\"2060-13-45 99:99\"").containsPattern("keepInvalid\\s*:\\s*true")
                .doesNotContain("Trepartssamtalet är sparat.");
        assertThat(state(central, scenario)).as("nothing saved").isEqualTo(before);

        // a day outside the VFU period (HT2060: 2060-08-30 to 2061-01-14) was saved; now refused beside the field
        district.open(page);
        String outside = text(district.press(page, "meetingForm:saveMeeting", meeting("IT Ny lärare", "1900-01-01 10:00")));
        assertThat(outside).contains("Välj en tid inom placeringens VFU-period (HT2060: 2060-08-30–2061-01-14).")
                .contains("value=\"1900-01-01 10:00\"").doesNotContain("Trepartssamtalet är sparat.");
        assertThat(state(central, scenario)).as("nothing saved").isEqualTo(before);

        // text longer than the fields take (the browser's maxlength bypassed) was saved cut; now refused beside them
        district.open(page);
        Map<String, String> tooLong = new HashMap<>(meeting("IT " + "L".repeat(10_000), "2060-09-22 09:15"));
        tooLong.put("meetingForm:place", "P".repeat(301));
        String cut = text(district.press(page, "meetingForm:saveMeeting", tooLong));
        assertThat(cut).contains("Högst 120 tecken.").contains("Högst 300 tecken.")
                .doesNotContain("Trepartssamtalet är sparat.");
        assertThat(state(central, scenario)).as("nothing saved").isEqualTo(before);
        district.open(page);
        String longConcern = text(district.press(page, "concernsForm:raiseConcern",
                Map.of("concernsForm:concernText", "IT: " + "c".repeat(10_000))));
        assertThat(longConcern).contains("Högst 500 tecken.").doesNotContain("Farhågan är registrerad");
        assertThat(state(central, scenario)).as("no concern raised").isEqualTo(before);

        district.open(page);
        String saved = text(district.press(page, "meetingForm:saveMeeting", meeting("IT Ny lärare", "2060-09-22 09:15")));
        assertThat(saved).contains("Trepartssamtalet är sparat.").contains("value=\"IT Ny lärare\"")
                .contains("2060-09-22 09:15");
        JsonObject afterMeeting = state(central, scenario);
        assertThat(afterMeeting.getString("teacherName")).isEqualTo("IT Ny lärare");
        assertThat(afterMeeting.getJsonNumber("meetingVersion").longValue())
                .isGreaterThan(before.getJsonNumber("meetingVersion").longValue());

        district.open(page);
        String raised = text(district.press(page, "concernsForm:raiseConcern",
                Map.of("concernsForm:concernText", "IT: studenten behöver mer handledning")));
        assertThat(raised).contains("Farhågan är registrerad").contains("IT: studenten behöver mer handledning");
        assertThat(state(central, scenario).getJsonNumber("concerns").longValue())
                .isEqualTo(before.getJsonNumber("concerns").longValue() + 1);
    }

    /**
     * A message said while the page loads (here: another district's placement) is in the language the user works in,
     * Swedish until they switch, whatever the browser asks for; it came in the browser's language before.
     */
    @Test
    void aMessageSaidWhileThePageLoadsIsInThePortalsLanguageNotTheBrowsers() throws Exception {
        PageClient central = new PageClient(base.toURI(), Fixtures.CENTRAL, Fixtures.PASSWORD);
        JsonObject scenario = Http.object(central.send("POST", central.uri("api/it/support-scenario"), null, null,
                "Accept", "application/json", "X-Requested-With", "it"));
        String page = "support.xhtml?placement=" + scenario.getJsonNumber("placementId").longValue() + "&term="
                + scenario.getString("termCode");
        PageClient rinkeby = new PageClient(base.toURI(), Fixtures.RINKEBY, Fixtures.PASSWORD);

        String shown = rinkeby.send("GET", rinkeby.uri(page), null, null, "Accept-Language", "en-US,en").body();

        assertThat(shown).as("Södermalm's placement, to Rinkeby-Kista with an English browser")
                .contains("Det du söker finns inte").doesNotContain("does not exist");
    }

    private static Map<String, String> meeting(String teacher, String at) {
        return Map.of("meetingForm:teacher", teacher, "meetingForm:meetingAt_input", at,
                "meetingForm:place", "https://meet.example/it", "meetingForm:held_input", "on");
    }

    private static JsonObject state(PageClient central, JsonObject scenario) throws Exception {
        HttpResponse<String> state = central.send("GET", central.uri("api/it/support-scenario/state?placement="
                        + scenario.getJsonNumber("placementId") + "&concern=" + scenario.getJsonNumber("concernId")
                        + "&visit=" + scenario.getJsonNumber("visitId") + "&booking=" + scenario.getJsonNumber("bookingId")),
                null, null, "Accept", "application/json");
        assertThat(state.statusCode()).as(state.body()).isEqualTo(200);
        return Http.object(state);
    }

    private static String text(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
