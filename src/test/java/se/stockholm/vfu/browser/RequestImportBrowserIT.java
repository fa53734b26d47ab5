package se.stockholm.vfu.browser;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.stockholm.vfu.config.DemoData;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator's import journey in a real browser: a file with errors shows every error by row and column and
 * saves nothing; the fixed file is imported; importing it again updates the same students, no duplicates. The
 * demo login {@code su} works in the fixtures' open term {@link Fixtures#REQUEST_TERM}.
 * Screenshots go to target/screenshots.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class RequestImportBrowserIT {

    private static final String PASSWORD = DemoData.DEMO_PASSWORD;
    private static final String HEADER = "Student-id;Förnamn;Efternamn;E-post;Verksamhetsområde 1;Stadsdel 1;Språk\n";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    Browser browser;
    static Path files;

    @BeforeAll
    static void files() throws Exception {
        files = Files.createTempDirectory("vfu-import-");
    }


    @Test
    void aCoordinatorFixesAFileWithErrorsAndImportsItTwiceWithoutDuplicates() throws Exception {
        Http http = new Http(base.toURI());
        String prefix = "br" + UUID.randomUUID().toString().substring(0, 6);
        browser.logIn("su", PASSWORD);
        selectTerm(Fixtures.REQUEST_TERM);
        browser.find(By.id("header:nav-import")).click();
        String term = browser.find(By.id("import-title")).getText().replaceAll(".* ", "");

        upload(file("with-errors.csv", HEADER
                + prefix + "-1;Alva;Andersson;alva@student.se;BOU;Södermalm;sv\n"
                + prefix + "-2;Elias;;elias.student.se;Okänt område;RK;sv\n"));
        String errors = browser.find(By.id("errors")).getText();
        assertThat(errors).contains("Efternamn").contains("Fältet måste fyllas i.")
                .contains("E-post").contains("Ange en giltig e-postadress.")
                .contains("Verksamhetsområde 1").contains("Okänt verksamhetsområde \"Okänt område\"");
        assertThat(browser.text("import-summary")).contains("2 rader").contains("1 rad med fel");
        browser.screenshot("import-errors");
        assertThat(total(http, term, prefix)).isZero();

        upload(file("fixed.csv", HEADER
                + prefix + "-1;Alva;Andersson;alva@student.se;BOU;Södermalm;sv\n"
                + prefix + "-2;Elias;Berg;elias@student.se;MOT;RK;sv, en\n"));
        assertThat(browser.text("no-errors")).isEqualTo("Inga fel i filen.");
        assertThat(browser.text("import-summary")).contains("2 nya");
        browser.find(By.id("confirmForm:confirm")).click();
        assertThat(browser.text("import-result")).contains("2 nya, 0 uppdaterade");
        assertThat(total(http, term, prefix)).isEqualTo(2);

        upload(file("fixed-again.csv", HEADER
                + prefix + "-1;Alva;Andersson;alva@student.se;BOU;Södermalm;sv\n"
                + prefix + "-2;Elias;Berg;elias@student.se;MOT;RK;sv, en\n"));
        assertThat(browser.text("import-summary")).contains("0 nya, 2 uppdateras");
        browser.find(By.id("confirmForm:confirm")).click();
        assertThat(browser.text("import-result")).contains("0 nya, 2 uppdaterade");
        browser.screenshot("import-done");
        assertThat(total(http, term, prefix)).isEqualTo(2);

        browser.find(By.id("header:nav-requests")).click();
        browser.find(By.id("requestsForm:requests:globalFilter")).sendKeys(prefix);
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#requestsForm\\:requests_data tr")).size() == 2);
        assertThat(browser.find(By.id("requestsForm:requests")).getText()).contains(prefix + "-1").contains(prefix + "-2");
        browser.screenshot("import-requests-list");
    }

    /** A file of no bytes was answered "Välj en fil." as if none had been chosen. */
    @Test
    void anEmptyFileIsSaidToBeEmptyBesideTheUploadField() throws Exception {
        browser.logIn("su", PASSWORD);
        selectTerm(Fixtures.REQUEST_TERM);
        browser.find(By.id("header:nav-import")).click();
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#importForm input[type=file]")));
        browser.driver().findElement(By.cssSelector("#importForm input[type=file]"))
                .sendKeys(file("empty.csv", "").toString());
        browser.driver().findElement(By.id("importForm:preview")).click();

        browser.waitForMessageBeside("importForm:file", "Filen är tom.");
        assertThat(browser.pageText()).doesNotContain("Välj en fil.");
        assertThat(browser.driver().findElements(By.id("import-summary"))).isEmpty();
    }

    @Test
    void aCoordinatorEditsAndWithdrawsARequestAndTheCentralContactFiltersByUniversity() throws Exception {
        String ref = "bw" + UUID.randomUUID().toString().substring(0, 6);
        browser.logIn("su", PASSWORD);
        selectTerm(Fixtures.REQUEST_TERM);
        browser.open("/university/request.xhtml");
        browser.find(By.id("requestForm:studentRef")).sendKeys(ref);
        browser.find(By.id("requestForm:studentName")).sendKeys("Saga Formulär");
        browser.find(By.id("requestForm:studentEmail")).sendKeys("not-an-email");
        browser.find(By.id("requestForm:save")).click();
        // every refusal at once, each beside its field (the form said one per save: the e-mail, then the preferences)
        browser.waitForMessageBeside("requestForm:studentEmail", "Ange en giltig e-postadress.");
        browser.waitForMessageBeside("requestForm:areas", "Ange minst ett önskemål eller välj \"Inget önskemål\".");
        assertThat(browser.find(By.id("requestForm:studentName")).getAttribute("value")).isEqualTo("Saga Formulär");
        browser.screenshot("request-form-refused");
        browser.find(By.id("requestForm:studentEmail")).clear();
        browser.find(By.id("requestForm:studentEmail")).sendKeys(ref + "@student.se");
        // a gap in the ranking is said beside the districts, with every choice kept (it was closed up without a word)
        browser.choose("requestForm:districtRanks:0:district", "Södermalm");
        browser.choose("requestForm:districtRanks:2:district", "Bromma");
        browser.find(By.id("requestForm:save")).click();
        browser.waitForMessageBeside("requestForm:districts",
                "Rangordningen har en lucka: önskemål 2 är tomt men ett senare är ifyllt. Fyll i önskemålen i ordning.");
        assertThat(browser.text("requestForm:districtRanks:0:district_label")).isEqualTo("Södermalm");
        assertThat(browser.text("requestForm:districtRanks:2:district_label")).isEqualTo("Bromma");
        browser.choose("requestForm:districtRanks:1:district", "Kungsholmen");
        browser.find(By.id("requestForm:save")).click();
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> browser.path().startsWith("/university/requests.xhtml"));
        // said before the redirect, shown on the list (web.RedirectedMessages), and only there
        assertThat(browser.text("messages")).contains("Förfrågan för Saga Formulär är skickad.");
        browser.open("/university/requests.xhtml");
        assertThat(browser.driver().findElement(By.id("messages")).getText()).isEmpty();
        browser.find(By.id("requestsForm:requests:globalFilter")).sendKeys(ref);
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#requestsForm\\:requests_data tr")).size() == 1
                        && d.findElement(By.id("requestsForm:requests")).getText().contains(ref));
        // the table is filtered once typing pauses, and re-rendered then: click once it has settled
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    d.findElement(By.xpath("//tbody[@id='requestsForm:requests_data']//button[contains(., 'Återta')]")).click();
                    return true;
                });
        browser.find(By.id("withdrawForm:withdrawalReason")).sendKeys("Studenten gör uppehåll");
        browser.screenshot("request-withdraw-confirm");
        browser.find(By.id("withdrawForm:confirmWithdraw")).click();
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("requestsForm:requests")).getText().contains("Återtagen"));

        browser.signOut();
        browser.logIn("central", PASSWORD);
        browser.find(By.id("header:nav-central-requests")).click();
        assertThat(browser.find(By.id("missing")).getText()).startsWith("Lärosäten som inte skickat förfrågningar");
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("requestsForm:requests")).getText().contains("SH"));
        assertThat(browser.find(By.id("requestsForm:requests")).getText()).contains("SU").contains("SH");
        browser.screenshot("central-requests");
    }

    @Test
    void afterTheDeadlineACoordinatorIsToldOnceUpFrontAndOfferedNothingThatCannotBeSaved() throws Exception {
        String deadline = "Sista dag för förfrågningar (2019-12-13) har passerat. Bara den centrala VFU-kontakten kan ändra nu.";
        browser.logIn("su", PASSWORD);
        selectTerm(Fixtures.PAST_TERM);
        browser.find(By.id("header:nav-requests")).click();
        assertThat(browser.text("deadline")).contains("2019-12-13").contains("Sista dagen har passerat.");
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("requestsForm:requests")).getText().contains("it-su-past"));
        assertThat(browser.driver().findElements(By.id("requestsForm:newRequest"))).as("no new request").isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#requestsForm\\:requests_data .ui-button")))
                .as("neither Ändra nor Återta").isEmpty();

        // a new request: the deadline, once, and no form (it offered the whole form and refused only on saving)
        browser.open("/university/request.xhtml");
        assertThat(browser.text("deadline-passed")).isEqualTo(deadline);
        assertThat(browser.pageText().split("har passerat", -1)).as("said once").hasSize(2);
        assertThat(browser.driver().findElements(By.id("requestForm"))).isEmpty();

        // an existing request stays readable, with nothing to save
        JsonObject page = Http.object(new Http(base.toURI()).get("api/terms/" + Fixtures.PAST_TERM
                + "/requests?text=it-su-past", "su", PASSWORD));
        long id = page.getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();
        browser.open("/university/request.xhtml?id=" + id);
        assertThat(browser.text("deadline-passed")).isEqualTo(deadline);
        assertThat(browser.find(By.id("requestForm:studentName")).getAttribute("value")).isEqualTo("IT Student it-su-past");
        assertThat(browser.find(By.id("requestForm:studentName")).isEnabled()).isFalse();
        assertThat(browser.driver().findElements(By.id("requestForm:save"))).isEmpty();
        browser.screenshot("request-after-deadline");

        // nor an upload that the import's preview would refuse
        browser.find(By.id("header:nav-import")).click();
        assertThat(browser.text("deadline-passed")).isEqualTo(deadline);
        assertThat(browser.driver().findElements(By.id("importForm"))).isEmpty();
    }

    /**
     * Works in the test fixtures' open term, so that what the journeys create and withdraw never changes the demo
     * term's figures that the landing-page tests compare.
     */
    private void selectTerm(String code) {
        browser.switchTerm(code);
    }

    private void upload(Path file) {
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#importForm input[type=file]")));
        browser.driver().findElement(By.cssSelector("#importForm input[type=file]")).sendKeys(file.toString());
        browser.driver().findElement(By.id("importForm:preview")).click();
        browser.find(By.id("import-summary"));
    }

    private static Path file(String name, String content) throws Exception {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static long total(Http http, String term, String prefix) throws Exception {
        JsonObject page = Http.object(http.get("api/terms/" + term + "/requests?text=" + prefix, "su", PASSWORD));
        return page.getJsonNumber("total").longValue();
    }
}
