package se.stockholm.vfu.browser;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.stockholm.vfu.config.DemoData;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Http;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each demo role logs in with a real browser and sees its own landing page with its own figures (the
 * same the API gives that user); a wrong login gets one neutral message; the session is renewed at
 * login and ended at logout. Screenshots go to target/screenshots.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class PortalBrowserIT {

    private static final String PASSWORD = DemoData.DEMO_PASSWORD;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    /** Signed out, with no cookies, at the start of every test. */
    Browser browser;
    Http http;

    @BeforeEach
    void client() throws Exception {
        http = new Http(base.toURI());
    }


    @Test
    void centralContactSeesTheTermOverviewAgainstTheTarget() throws Exception {
        browser.logIn("central", PASSWORD);

        assertThat(browser.find(By.tagName("h1")).getText()).startsWith("Terminsöversikt");
        assertThat(browser.path()).isEqualTo("/central/overview.xhtml");
        String term = browser.find(By.tagName("h1")).getText().replace("Terminsöversikt ", "");
        JsonObject city = Http.object(http.get("api/terms/" + term + "/overview", "central", PASSWORD));
        long reported = city.getJsonArray("districts").getValuesAs(JsonObject.class).stream()
                .mapToLong(d -> d.getJsonNumber("places").longValue()).sum();
        assertThat(reported).isPositive();
        assertThat(browser.text("places-reported")).isEqualTo(Long.toString(reported));
        assertThat(browser.text("of-target")).isEqualTo(reported + " av 100 platser");
        assertThat(browser.text("current-role")).isEqualTo("Central VFU-kontakt");
        assertThat(browser.pageText()).contains("Södermalm").contains("Rinkeby-Kista").contains("Skärholmen");
        browser.screenshot("central-overview");
    }

    @Test
    void districtContactSeesOwnDistrictOnly() throws Exception {
        browser.logIn("sodermalm", PASSWORD);

        assertThat(browser.path()).isEqualTo("/district/overview.xhtml");
        assertThat(browser.text("district-name")).startsWith("Södermalm");
        String term = browser.text("district-name").replace("Södermalm, ", "");
        long districtId = idOf(http.get("api/districts", "sodermalm", PASSWORD), "SO");
        JsonObject own = Http.object(http.get("api/terms/" + term + "/overview/districts/" + districtId,
                "sodermalm", PASSWORD));
        long places = own.getJsonArray("places").getValuesAs(JsonObject.class).stream()
                .mapToLong(p -> p.getInt("places")).sum();
        assertThat(places).isPositive();
        assertThat(browser.text("places-reported")).isEqualTo(Long.toString(places));
        assertThat(browser.pageText()).contains("(Södermalm)").doesNotContain("Rinkeby").doesNotContain("Kista");
        browser.screenshot("district-overview");

        browser.open("/central/overview.xhtml");
        assertThat(browser.pageText()).contains("Ingen behörighet").doesNotContain("Rinkeby");
    }

    @Test
    void universityCoordinatorSeesOwnStudents() throws Exception {
        browser.logIn("su", PASSWORD);

        assertThat(browser.path()).isEqualTo("/university/overview.xhtml");
        assertThat(browser.text("university-name")).startsWith("Stockholms universitet");
        String term = browser.text("university-name").replace("Stockholms universitet, ", "");
        long universityId = idOf(http.get("api/universities", "su", PASSWORD), "SU");
        JsonObject own = Http.object(http.get("api/terms/" + term + "/overview/universities/" + universityId, "su", PASSWORD));
        // the page's figure is the university's requests of the term, whatever their status
        JsonObject byStatus = own.getJsonObject("requestsByStatus");
        long requests = byStatus.keySet().stream().mapToLong(status -> byStatus.getJsonNumber(status).longValue()).sum();
        assertThat(byStatus.getInt("SENT")).isPositive();
        assertThat(browser.text("requests-total")).isEqualTo(Long.toString(requests));
        assertThat(browser.driver().findElements(By.cssSelector("#requestsForm\\:requests_data tr")))
                .isNotEmpty()
                .noneSatisfy(row -> assertThat(row.getText()).startsWith("sh-"))
                .noneSatisfy(row -> assertThat(row.getText()).startsWith("esbh-"))
                .anySatisfy(row -> assertThat(row.getText()).startsWith("su-"));
        browser.screenshot("university-overview");
    }

    @Test
    void aCoordinatorReportsSupervisorTraining() {
        browser.logIn("sh", PASSWORD);
        browser.find(By.id("header:nav-training")).click();
        // the report may hold courses from an earlier run: fill the row the click adds, once it is there
        int courses = browser.find(By.id("trainingForm:courses")).findElements(By.cssSelector("input[id$=':name']")).size();
        browser.find(By.id("trainingForm:addCourse")).click();
        String row = "trainingForm:courses:" + courses + ":";
        browser.find(By.id(row + "name")).sendKeys("Handledarutbildning HT");
        browser.find(By.id(row + "startDate")).sendKeys("2027-01-20");
        browser.find(By.id(row + "endDate")).sendKeys("2027-03-01");
        browser.find(By.id("trainingForm:save")).click();

        assertThat(browser.textOnceFilled(By.cssSelector(".ui-messages-info"))).contains("Rapporten är sparad.");
        assertThat(browser.text("reportStatus")).contains("av sh");
        browser.screenshot("university-training-report");
    }

    /**
     * The read log's search answers a request id that is not a number, and "from" after "to", beside the fields and
     * does not search: the button updated only the table, so the message was never shown and the whole log was.
     */
    @Test
    void theReadLogSearchAnswersWrongCriteriaBesideTheFieldsAndDoesNotSearch() {
        browser.logIn("admin", PASSWORD);
        browser.open("/admin/read-log.xhtml");
        String before = browser.text("readLogForm:entries");
        browser.find(By.id("readLogForm:requestId")).sendKeys("abc");
        browser.find(By.id("readLogForm:search")).click();
        browser.waitForMessageBeside("readLogForm:requestId", "Ange ett heltal.");
        assertThat(browser.find(By.id("readLogForm:requestId")).getAttribute("value")).isEqualTo("abc");

        browser.find(By.id("readLogForm:requestId")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        browser.typeDate("readLogForm:from", "2026-03-02");
        browser.typeDate("readLogForm:to", "2026-03-01");
        browser.find(By.id("readLogForm:search")).click();
        browser.waitForMessageBeside("readLogForm:to", "”Till och med” kan inte vara före ”Från och med”.");
        browser.waitForMessageBeside("readLogForm:requestId", "");
        assertThat(browser.text("readLogForm:entries")).as("not searched: the table as it was").isEqualTo(before);
    }

    /**
     * The data-subject export's file is the whole answer to its post, so the page stays as it was: a message of an
     * earlier try stayed beside the field when the next one brought the file. Each file is named by its moment.
     */
    @Test
    void theDataSubjectExportClearsTheMessageOfAnEarlierTryWhenTheFileComes() {
        browser.logIn("central", PASSWORD);
        browser.open("/central/data-subject-export.xhtml");
        browser.choose("subjectForm:university", "Södertörns högskola");
        browser.find(By.id("subjectForm:studentRef")).sendKeys("it-no-such-student");
        browser.find(By.id("subjectForm:download")).click();
        browser.waitForMessageBeside("subjectForm:studentRef", "Ingen student med det id:t hos lärosätet.");

        browser.find(By.id("subjectForm:studentRef")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "it-sh-r1");
        browser.find(By.id("subjectForm:download")).click();
        browser.waitForMessageBeside("subjectForm:studentRef", "");
        assertThat(browser.find(By.id("subjectForm:studentRef")).getAttribute("value")).isEqualTo("it-sh-r1");
    }

    @Test
    void administratorReachesTheUserList() {
        browser.logIn("admin", PASSWORD);
        browser.find(By.id("header:nav-users")).click();

        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Användare");
        // Test runs add users; search rather than expect the demo users on the first page.
        browser.find(By.id("usersForm:users:globalFilter")).sendKeys("sodermalm");
        assertThat(browser.textOnceFilled(By.xpath("//tbody[@id='usersForm:users_data']/tr/td[normalize-space()='sodermalm']")))
                .isEqualTo("sodermalm");
        browser.screenshot("admin-users");
    }

    /**
     * With the keyboard only: Escape answers the confirmation "Inaktivera ...?" with "Nej", and the focus is back on
     * the row's button (the dialog stayed open); after "Ja" the row's button becomes "Aktivera" and the focus is on it,
     * and after "Aktivera" on "Inaktivera" again (it went to the top of the page, the row's button replaced).
     */
    @Test
    void anAdministratorCancelsADisablingWithEscapeAndKeepsTheFocusOnTheRow() {
        String username = "esc-" + UUID.randomUUID().toString().substring(0, 8);
        browser.logIn("admin", PASSWORD);
        browser.find(By.id("header:nav-users")).click();
        browser.openDialog(By.id("usersForm:newUser"));
        browser.find(By.id("createForm:username")).sendKeys(username);
        browser.find(By.id("createForm:displayName")).sendKeys("Escape " + username);
        browser.find(By.id("createForm:email")).sendKeys(username + "@it.example");
        browser.choose("createForm:role", "Central VFU-kontakt");
        browser.find(By.id("createForm:password")).sendKeys("esc-password-2026");
        browser.find(By.id("createForm:saveUser")).click();
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("createForm:username")));
        browser.searchUntilOneRow("usersForm:users", username, username);

        WebElement disable = browser.find(By.id("usersForm:users:0:disable"));
        disable.sendKeys(Keys.ENTER);
        browser.waitForFocus("usersForm:confirmNo");
        assertThat(browser.find(By.cssSelector(".ui-confirm-dialog")).getText()).contains("Inaktivera " + username + "?");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        browser.waitForFocus("usersForm:users:0:disable");
        assertThat(browser.find(By.id("usersForm:users_data")).getText()).as("nothing disabled").contains("Ja");

        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.waitForFocus("usersForm:confirmNo");
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        browser.waitForFocus("usersForm:confirmYes");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.waitForFocus("usersForm:users:0:enable");
        assertThat(browser.text("messages")).contains("Användaren " + username + " är inaktiverad.");
        assertThat(browser.find(By.id("usersForm:users_data")).getText()).contains("Nej");
        browser.assertFocusStays("usersForm:users:0:enable", Duration.ofMillis(500));

        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.waitForFocus("usersForm:users:0:disable");
        assertThat(browser.text("messages")).contains("Användaren " + username + " är aktiverad.");
    }

    @Test
    void aSearchTypedIsOneRequestOnceTypingPausesAndTabbingOnIsNone() throws InterruptedException {
        browser.logIn("admin", PASSWORD);
        browser.find(By.id("header:nav-users")).click();
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("window.vfuRequests = 0; $(document).on('pfAjaxSend', function () { window.vfuRequests++; });");

        String search = "sodermalm";
        browser.find(By.id("usersForm:users:globalFilter")).sendKeys(search);
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("[id='usersForm:users_data'] > tr")).stream()
                        .allMatch(row -> row.getText().contains(search)) && Browser.ajaxIdle(d));
        Thread.sleep(600); // twice the pause after which the keys filter: no request still to come
        // one request once the keys stop (300 ms); a second only if the machine paused that long between two keys
        assertThat(((Number) js.executeScript("return window.vfuRequests;")).intValue())
                .as("filter requests for %d keys typed", search.length()).isBetween(1, 2);

        // Tab on and Shift+Tab back: the keys come up in the search field and change nothing, so they filter nothing
        js.executeScript("window.vfuRequests = 0;");
        browser.find(By.id("usersForm:users:globalFilter")).sendKeys(Keys.TAB);
        browser.driver().switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        browser.waitForFocus("usersForm:users:globalFilter");
        Thread.sleep(600); // twice the pause after which a key would have filtered
        assertThat(((Number) js.executeScript("return window.vfuRequests;")).intValue()).as("requests after Tab and Shift+Tab")
                .isZero();
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameNeutralMessage() {
        browser.logIn("central", "not-the-password");
        String wrongPassword = browser.text("login-error");
        browser.screenshot("login-failed");

        browser.logIn("nobody-by-this-name", "whatever-password");
        String unknownUser = browser.text("login-error");

        assertThat(wrongPassword).isEqualTo(unknownUser)
                .isEqualTo("Inloggningen misslyckades. Kontrollera användarnamn och lösenord.");
        assertThat(browser.driver().findElements(By.id("header:logout"))).isEmpty();
    }

    @Test
    void theSessionIsRenewedAtLoginAndEndedAtLogout() {
        browser.open("/");
        String before = browser.cookie("JSESSIONID");
        browser.logIn("central", PASSWORD);
        browser.find(By.id("places-reported"));
        String after = browser.cookie("JSESSIONID");

        assertThat(before).isNotNull();
        assertThat(after).isNotNull().isNotEqualTo(before);

        browser.find(By.id("header:logout")).click();
        assertThat(browser.text("logged-out")).isEqualTo("Du är utloggad.");
        browser.open("/central/overview.xhtml");
        assertThat(browser.driver().findElements(By.id("j_username"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.id("places-reported"))).isEmpty();
    }

    @Test
    void logOutPressedAfterTheSessionExpiredSaysTheUserIsLoggedOut() {
        browser.logIn("central", PASSWORD);
        browser.find(By.id("places-reported"));
        browser.driver().manage().deleteCookieNamed("JSESSIONID"); // as when the session timed out

        browser.find(By.id("header:logout")).click();
        assertThat(browser.text("logged-out")).isEqualTo("Du är utloggad.");
        assertThat(browser.driver().findElements(By.id("session-expired"))).isEmpty();
    }

    @Test
    void theUserCanSwitchToEnglish() {
        browser.logIn("sodermalm", PASSWORD);
        browser.switchLanguage("en");

        assertThat(browser.find(By.id("header:logout")).getText()).isEqualTo("Log out");
        assertThat(browser.pageText()).contains("Places reported").contains("District contact");
        browser.screenshot("district-overview-english");
    }

    @Test
    void anEmptyOrTooLongFieldGetsAMessageBesideItAndTheRestIsKept() {
        browser.logIn("central", PASSWORD);
        browser.open("/admin/users.xhtml");
        browser.openDialog(By.id("usersForm:newUser"));
        browser.find(By.id("createForm:username")).sendKeys("ny.kontakt");
        browser.find(By.id("createForm:email")).sendKeys("ny.kontakt@example.se");
        browser.find(By.id("createForm:saveUser")).click();

        String besideName = browser.textOnceFilled(By.cssSelector("#createForm\\:displayName + .ui-message"));
        assertThat(besideName).isEqualTo("Fältet måste fyllas i.");
        assertThat(browser.find(By.id("createForm:username")).getAttribute("value")).isEqualTo("ny.kontakt");
        assertThat(browser.find(By.id("createForm:email")).getAttribute("value")).isEqualTo("ny.kontakt@example.se");
        browser.screenshot("user-form-validation");
    }

    private static long idOf(java.net.http.HttpResponse<String> list, String code) {
        return Http.array(list).getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }
}
