package se.stockholm.vfu.browser;

import jakarta.json.JsonObject;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;

import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The allocation journey in a real browser, on a term of the test's own (5 students, 3 places): the central contact
 * sees the ceiling and the shortage, runs the allocation and publishes; Rinkeby confirms its offer with a supervisor
 * and is warned that the supervisor has no training; the student's university sees the placement confirmed.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class AllocationBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @Test
    void theCentralContactRunsAndPublishesAndTheDistrictConfirms() throws Exception {
        Http http = new Http(base.toURI());
        JsonObject scenario = Http.object(http.send(HttpRequest.newBuilder(http.uri("api/it/allocation-scenario"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD));
        String term = scenario.getString("termCode");

        signInWithTerm(Fixtures.CENTRAL, term);
        browser.find(By.id("header:nav-allocation")).click();
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Fördelning av VFU-platser");
        assertThat(browser.text("ceiling")).isEqualTo("3");
        assertThat(browser.text("requests")).isEqualTo("5");
        assertThat(browser.text("places-reported")).isEqualTo("3");
        assertThat(browser.pageText()).contains("Här saknas platser").contains("Södermalm");
        browser.screenshot("allocation-before-run");

        browser.find(By.id("runForm:run")).click();
        waitUntilPageContains("3 av 5 studenter placerade");
        assertThat(browser.find(By.id("proposalsForm:proposals")).getText()).contains("Rinkeby");
        assertThat(browser.pageText()).contains("Ej placerade studenter (2)").contains("Alla möjliga platser är fulla");
        browser.screenshot("allocation-after-run");

        // a proposal's own buttons (plain buttons carrying the row to the page's commands): lock it, unlock it, and
        // open the move dialog for that proposal
        By lock = By.id("proposalsForm:proposals:0:lock");
        String student = browser.find(By.cssSelector("[id='proposalsForm:proposals_data'] tr:first-child td")).getText();
        browser.click(lock);
        waitUntilButtonReads(lock, "Lås upp");
        browser.click(lock);
        waitUntilButtonReads(lock, "Lås");
        browser.click(By.id("proposalsForm:proposals:0:move"));
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15)).withMessage("the move dialog")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("moveForm")));
        assertThat(browser.find(By.id("moveForm")).getText()).contains("Flytta " + student.split(" \\(")[0].trim());
        browser.click(By.xpath("//form[@id='moveForm']//button[.//span[text()='Stäng']]"));
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15)).withMessage("the move dialog closed")
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("moveForm")));

        browser.find(By.id("runForm:publish")).click();
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        waitUntilPageContains("3 erbjudanden skickade");
        // runs exist, their proposals are offers now: not "no run yet"
        assertThat(browser.textOnceFilled(By.id("proposalsForm:proposals_data"))).isEqualTo("Inga opublicerade förslag.");

        signInWithTerm(Fixtures.RINKEBY, term);
        browser.find(By.id("header:nav-placements")).click();
        waitUntilPageContains("Erbjuden");
        browser.find(By.xpath("//button[.//span[text()='Bekräfta']]")).click();
        browser.find(By.id("confirmForm:supervisor"));
        browser.screenshot("placement-confirm-dialog");
        browser.find(By.id("confirmForm:confirmPlacement")).click();
        waitUntilPageContains("Placeringen är bekräftad");
        // the row's "Bekräfta" is gone with the offer: the focus goes to the message that says what happened
        browser.waitForFocus("messages");
        assertThat(browser.pageText()).contains("handledaren har inte gått handledarutbildning");
        assertThat(browser.find(By.id("placementsForm:placements")).getText()).contains("Bekräftad");
        browser.screenshot("placement-confirmed");

        signInWithTerm(Fixtures.SH, term);
        browser.find(By.id("header:nav-placements")).click();
        assertThat(browser.find(By.id("placementsForm:placements")).getText()).contains("Bekräftad").contains("Rinkeby");
    }

    /**
     * The proposals table for a keyboard and a screen reader: each row's buttons name their student, Enter on "Lås"
     * keeps the focus on that row's button (now "Lås upp"; the table's update lost it to the page), and when the run
     * used every place the move dialog says there is no free seat and offers no move (its list held only "–").
     */
    @Test
    void theProposalsRowsNameTheirStudentKeepTheFocusAndSayWhenNoSeatIsFree() throws Exception {
        Http http = new Http(base.toURI());
        String term = Http.object(http.send(HttpRequest.newBuilder(http.uri("api/it/allocation-scenario"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD)).getString("termCode");
        signInWithTerm(Fixtures.CENTRAL, term);
        browser.find(By.id("header:nav-allocation")).click();
        browser.find(By.id("runForm:run")).click();
        waitUntilPageContains("3 av 5 studenter placerade");

        String lockId = "proposalsForm:proposals:0:lock";
        By lock = By.id(lockId);
        By move = By.id("proposalsForm:proposals:0:move");
        String student = browser.find(By.cssSelector("[id='proposalsForm:proposals_data'] tr:first-child td")).getText()
                .split(" \\(")[0].trim();
        assertThat(browser.find(lock).getAttribute("aria-label")).isEqualTo("Lås förslaget för " + student);
        assertThat(browser.find(move).getAttribute("aria-label")).isEqualTo("Flytta förslaget för " + student);

        browser.find(lock).sendKeys(Keys.ENTER);
        waitUntilButtonReads(lock, "Lås upp");
        browser.waitForFocus(lockId);
        assertThat(browser.find(lock).getAttribute("aria-label")).isEqualTo("Lås upp förslaget för " + student);
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        waitUntilButtonReads(lock, "Lås");
        browser.waitForFocus(lockId);

        browser.click(move);
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15)).withMessage("the move dialog")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("moveForm:noFreeSeat")));
        assertThat(browser.text("moveForm:noFreeSeat")).isEqualTo("Det finns ingen ledig plats att flytta studenten till.");
        assertThat(browser.driver().findElements(By.id("moveForm:confirmMove"))).as("no move offered").isEmpty();
        assertThat(browser.driver().findElements(By.id("moveForm:place"))).as("no list of only –").isEmpty();
        browser.click(By.xpath("//form[@id='moveForm']//button[.//span[text()='Stäng']]"));
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15)).withMessage("the move dialog closed")
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("moveForm:noFreeSeat")));

        browser.switchLanguage("en");
        assertThat(browser.find(lock).getAttribute("aria-label")).isEqualTo("Lock the proposal for " + student);
        browser.click(move);
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15)).withMessage("the move dialog in English")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("moveForm:noFreeSeat")));
        assertThat(browser.text("moveForm:noFreeSeat")).isEqualTo("There is no free place to move the student to.");
    }

    /**
     * The shortage and the what-if name the areas of work in the page's language: a student asks for Ekonomiskt
     * bistånd, which no place is in, and in English the page says Income support (it stayed Swedish: the summary is
     * kept for every reader with the Swedish names).
     */
    @Test
    void theShortageAndTheWhatIfNameTheAreasOfWorkInThePagesLanguage() throws Exception {
        Http http = new Http(base.toURI());
        String term = Http.object(http.send(HttpRequest.newBuilder(http.uri("api/it/allocation-scenario/area-shortage"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD)).getString("termCode");

        signInWithTerm(Fixtures.CENTRAL, term);
        browser.find(By.id("header:nav-allocation")).click();
        assertThat(browser.find(By.cssSelector(".shortage-areas")).getText()).contains("Ekonomiskt bistånd");

        browser.switchLanguage("en");
        assertThat(browser.find(By.cssSelector(".shortage-areas")).getText()).contains("Income support")
                .doesNotContain("Ekonomiskt bistånd");
        browser.find(By.id("whatIfForm:computeWhatIf")).click();
        Browser.waitUp(browser.driver(), Duration.ofSeconds(30)).withMessage("the what-if's areas")
                .until(ExpectedConditions.presenceOfElementLocated(By.id("whatIfForm:whatIfAreas")));
        assertThat(browser.find(By.id("whatIfForm:whatIfAreas")).getText()).contains("Income support")
                .doesNotContain("Ekonomiskt bistånd");
        assertThat(browser.find(By.id("whatIfForm:whatIfPairs")).getText()).doesNotContain("Ekonomiskt bistånd");
        browser.screenshot("allocation-english-areas");
    }

    /**
     * A seed longer than a run's seed can be is refused beside the field, as typed, in the page's language, and nothing
     * runs (the number field cut it silently to the digits it could hold and ran with that).
     */
    @Test
    void aSeedTooLongIsRefusedBesideTheFieldAsTyped() throws Exception {
        Http http = new Http(base.toURI());
        String term = Http.object(http.send(HttpRequest.newBuilder(http.uri("api/it/allocation-scenario"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD)).getString("termCode");
        String tooLong = "92233720368547758070";
        By seed = By.cssSelector("input[id^='runForm:seed']:not([type=hidden])");

        signInWithTerm(Fixtures.CENTRAL, term);
        browser.find(By.id("header:nav-allocation")).click();
        browser.find(seed).sendKeys(tooLong);
        browser.click(By.id("runForm:run"));

        browser.waitForMessageBeside("runForm:seed", "Ange fröet som ett heltal med högst 19 siffror, mellan "
                + "-9223372036854775808 och 9223372036854775807.");
        assertThat(browser.find(seed).getAttribute("value")).isEqualTo(tooLong);
        assertThat(browser.pageText()).doesNotContain("studenter placerade");

        // the refused form's input is not saved: the switch asks first
        browser.switchLanguageLosingInput("en");
        browser.find(seed).clear();
        browser.find(seed).sendKeys(tooLong);
        browser.click(By.id("runForm:run"));
        browser.waitForMessageBeside("runForm:seed", "Enter the seed as a whole number of at most 19 digits, between "
                + "-9223372036854775808 and 9223372036854775807.");
        assertThat(browser.find(seed).getAttribute("value")).isEqualTo(tooLong);

        // a seed pasted from the runs table with spaces around it is that seed (it was refused as not a number)
        browser.find(seed).clear();
        browser.find(seed).sendKeys(" 4711 ");
        browser.click(By.id("runForm:run"));
        waitUntilPageContains("students placed.");
        assertThat(browser.find(By.id("runsForm:runs_data")).getText()).contains("4711");
    }

    private void signInWithTerm(String user, String term) {
        browser.signInWithTerm(user, Fixtures.PASSWORD, term);
    }

    private void waitUntilButtonReads(By button, String label) {
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .withMessage("the button reads " + label)
                .until(d -> d.findElement(button).getText().trim().equals(label));
    }

    private void waitUntilPageContains(String text) {
        Browser.waitUp(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }
}
