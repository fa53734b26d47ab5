package se.stockholm.vfu.browser;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.network.NetworkFixtures;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The central contact's journey: creates the introduction day of a term (the network test's term, whose day the
 * test data removes at each start), sees it invite the districts and universities, and records who attended; deletes
 * an event and a document through their confirmation dialogs, with the keyboard (Escape keeps them, and so does Enter
 * right away, since "Nej" has the focus; Enter on "Ja" deletes). What is said about the event shown is said once, in
 * its panel, and the top of the page no longer shows what an earlier request said (it still said "Träffen … är
 * skapad." beside the attendance's "är sparad").
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class NetworkBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @Test
    void theCentralContactCreatesTheIntroductionDayAndRecordsAttendance() {
        String title = "Introduktionsdag " + NetworkFixtures.BROWSER_TERM + " (IT)";
        browser.logIn(Fixtures.CENTRAL, Fixtures.PASSWORD);
        browser.find(By.id("header:nav-network")).click();
        browser.find(By.id("eventsForm:newEvent")).click();
        browser.choose("editForm:kind", "Introduktionsdag");
        // the term menu is enabled by the ajax update that follows the kind
        browser.find(By.cssSelector("#editForm\\:term:not(.ui-state-disabled)"));
        browser.choose("editForm:term", NetworkFixtures.BROWSER_TERM);
        browser.find(By.id("editForm:title")).sendKeys(title);
        browser.find(By.id("editForm:date")).sendKeys("2026-11-02");
        browser.find(By.id("editForm:place")).sendKeys("Stadshuset, Hantverkargatan 1");
        browser.find(By.id("editForm:agenda")).sendKeys("Välkommen\nHandledning under VFU");
        browser.find(By.id("editForm:save")).click();

        assertThat(browser.textOnceFilled(By.id("detailTitle"))).isEqualTo(title);
        assertThat(browser.text("detailForm:invitees")).contains("Södermalm").contains("SU");
        saidOnceInThePanel("Träffen " + title + " är skapad.");
        browser.screenshot("network-introduction-day-created");

        browser.find(By.cssSelector("label[for='detailForm:invitees:0:attendance:1']")).click();
        browser.find(By.cssSelector("label[for='detailForm:invitees:1:attendance:2']")).click();
        WebElement before = browser.find(By.id("detailTitle"));
        browser.find(By.id("detailForm:saveAttendance")).click();
        browser.waitUntilReplaced(before, Duration.ofSeconds(20));

        saidOnceInThePanel("Närvaron på " + title + " är sparad.");
        WebElement row = browser.find(By.xpath("//tbody[@id='eventsForm:events_data']/tr[contains(., '" + title + "')]"));
        assertThat(row.getText()).contains("1 av").contains("deltog");
        browser.screenshot("network-attendance-recorded");

        browser.find(By.id("detailForm:saveMinutes")).click();
        saidOnceInThePanel("Träffen " + title + " är sparad.");
        browser.find(By.id("detailForm:invite")).click();
        browser.find(By.id("detailForm:confirmYes")).click();
        saidOnceInThePanel("Inbjudningarna till " + title + " är skickade.");

        // an event with attendance recorded is not deleted: said once, in the event's panel (it was said at the top too)
        browser.find(By.id("detailForm:deleteEvent")).sendKeys(Keys.ENTER);
        browser.find(By.id("detailForm:confirmYes")).sendKeys(Keys.ENTER);
        saidOnceInThePanel("Händelsen kan inte tas bort");
    }

    /**
     * What a request about the event shown said is in its panel, once; the top of the page is empty, not still
     * saying what an earlier request said.
     */
    private void saidOnceInThePanel(String text) {
        Browser.waitUp(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("detailForm:detailMessages"), text));
        assertThat(browser.timesSaid(text)).as("said once: " + text).isEqualTo(1);
        assertThat(browser.driver().findElement(By.id("messages")).getText()).as("the top of the page after " + text)
                .isEmpty();
    }

    /**
     * A date that does not exist and a time written the Swedish way ("9.30") are answered beside their fields in the
     * page's language, the text kept: 30 February was saved as the 28th, and the time's message was the standard
     * English one with an example in UTC.
     */
    @Test
    void anImpossibleDateAndAnUnreadableTimeAreAnsweredBesideTheFieldsInSwedish() {
        browser.logIn(Fixtures.CENTRAL, Fixtures.PASSWORD);
        browser.find(By.id("header:nav-network")).click();
        browser.find(By.id("eventsForm:newEvent")).click();
        browser.find(By.id("editForm:title")).sendKeys("IT Omöjligt datum");
        for (String[] field : new String[][] {{"date", "2059-02-30"}, {"startTime", "9.30"}, {"endTime", "24:00"}}) {
            // the times come filled in with the usual hours
            browser.find(By.id("editForm:" + field[0])).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, field[1]);
        }
        browser.find(By.id("editForm:place")).sendKeys("Stadshuset");
        browser.find(By.id("editForm:save")).click();

        browser.waitForMessageBeside("editForm:date", "Ange ett giltigt datum (ÅÅÅÅ-MM-DD).");
        browser.waitForMessageBeside("editForm:startTime", "Ange en giltig tid (TT:MM), till exempel 09:30.");
        browser.waitForMessageBeside("editForm:endTime", "Ange en giltig tid (TT:MM), till exempel 09:30.");
        assertThat(browser.find(By.id("editForm:date")).getAttribute("value")).isEqualTo("2059-02-30");
        assertThat(browser.find(By.id("editForm:startTime")).getAttribute("value")).isEqualTo("9.30");
        assertThat(browser.find(By.id("editForm:endTime")).getAttribute("value")).isEqualTo("24:00");
    }

    @Test
    void theCentralContactDeletesAnEventAfterConfirmingWithTheKeyboard() {
        String title = "IT Borttagen träff " + UUID.randomUUID().toString().substring(0, 6);
        browser.logIn(Fixtures.CENTRAL, Fixtures.PASSWORD);
        browser.find(By.id("header:nav-network")).click();
        browser.find(By.id("eventsForm:newEvent")).click();
        browser.find(By.id("editForm:title")).sendKeys(title);
        browser.find(By.id("editForm:date")).sendKeys("2059-10-07");
        browser.find(By.id("editForm:place")).sendKeys("Stadshuset");
        browser.find(By.id("editForm:save")).click();
        assertThat(browser.textOnceFilled(By.id("detailTitle"))).isEqualTo(title);

        browser.find(By.id("detailForm:deleteEvent")).sendKeys(Keys.ENTER);
        WebElement dialog = browser.find(By.cssSelector(".ui-confirm-dialog"));
        assertThat(dialog.getText()).contains("Ta bort ”" + title + "”").contains("inbjudna");
        browser.screenshot("network-event-delete-confirm");
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        Browser.waitUp(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOf(dialog));
        assertThat(browser.text("detailTitle")).as("Escape keeps the event").isEqualTo(title);
        // the focus goes back to the button (a dialog opened before then would lose its focus to it)
        browser.waitForFocus("detailForm:deleteEvent");

        browser.find(By.id("detailForm:deleteEvent")).sendKeys(Keys.ENTER);
        Browser.waitUp(browser.driver(), Duration.ofSeconds(10)).until(driver ->
                "detailForm:confirmNo".equals(driver.switchTo().activeElement().getAttribute("id")));
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        Browser.waitUp(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOf(dialog));
        assertThat(browser.text("detailTitle")).as("\"Nej\" has the focus: Enter right away keeps the event")
                .isEqualTo(title);
        browser.waitForFocus("detailForm:deleteEvent");

        browser.find(By.id("detailForm:deleteEvent")).sendKeys(Keys.ENTER);
        browser.find(By.id("detailForm:confirmYes")).sendKeys(Keys.ENTER);

        // the event's panel closes: what the deletion says is at the top
        waitUntilMessagesSay("Händelsen " + title + " är borttagen");
        assertThat(browser.timesSaid("Händelsen " + title + " är borttagen")).as("said once").isEqualTo(1);
        assertThat(browser.text("eventsForm:events")).doesNotContain(title);
    }

    @Test
    void theCentralContactDeletesADocumentAfterConfirming() throws Exception {
        String title = "IT Borttagen rutin " + UUID.randomUUID().toString().substring(0, 6);
        Path file = Files.createTempFile("rutin-", ".txt");
        Files.writeString(file, "En rutin för nätverket\n", StandardCharsets.UTF_8);
        browser.logIn(Fixtures.CENTRAL, Fixtures.PASSWORD);
        browser.find(By.id("header:nav-network-documents")).click();
        browser.find(By.id("documentForm:title")).sendKeys(title);
        browser.driver().findElement(By.cssSelector("#documentForm input[type=file]")).sendKeys(file.toString());
        WebElement upload = browser.find(By.id("documentForm:upload"));
        upload.click();
        browser.waitUntilReplaced(upload, Duration.ofSeconds(20));
        WebElement row = browser.find(By.xpath("//tbody[@id='listForm:documents_data']/tr[contains(., '" + title + "')]"));
        row.findElement(By.tagName("button")).click();

        browser.find(By.id("shareForm:deleteDocument")).sendKeys(Keys.ENTER);
        WebElement dialog = browser.find(By.cssSelector(".ui-confirm-dialog"));
        assertThat(dialog.getText()).contains("Ta bort dokumentet ”" + title + "” med dess enda version?");
        browser.screenshot("network-document-delete-confirm");
        browser.find(By.id("shareForm:confirmYes")).sendKeys(Keys.ENTER);

        waitUntilMessagesSay("Dokumentet " + title + " är borttaget");
        assertThat(browser.text("listForm:documents")).doesNotContain(title);
        Files.deleteIfExists(file);
    }

    private void waitUntilMessagesSay(String text) {
        Browser.waitUp(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#messages .ui-messages-info"), text));
    }
}
