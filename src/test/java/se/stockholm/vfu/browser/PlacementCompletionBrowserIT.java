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
 * The central contact's one-click completion of a placement that cannot end yet (its VFU period has not begun) is
 * refused at the top of the page, where the button's update shows it, also after the reason dialog was opened for an
 * interruption: that dialog's date field, closed but still in the page, shares the refusal's field name ("date"), and
 * the refusal once went beside it, unseen.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class PlacementCompletionBrowserIT {

    private static final String TABLE = "placementsForm:placements";
    private static final String REFUSED = "Datumet kan inte ligga före placeringens början";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @Test
    void aRefusedCompletionAfterTheInterruptionDialogWasOpenedIsSaidAtTheTopOfThePage() throws Exception {
        Http http = new Http(base.toURI());
        JsonObject scenario = Http.object(http.send(HttpRequest.newBuilder(http.uri("api/it/completion-scenario"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD));
        String student = scenario.getString("student");
        browser.signInWithTerm(Fixtures.CENTRAL, Fixtures.PASSWORD, scenario.getString("term"));
        browser.find(By.id("header:nav-placements")).click();
        browser.searchUntilOneRow(TABLE, student, student);

        // the reason dialog opened for an interruption and closed again: its date field stays in the page, hidden
        browser.openDialog(rowButton("Avbryt"));
        browser.find(By.id("reasonForm:date_input"));
        browser.click(By.xpath("//form[@id='reasonForm']//button[normalize-space()='Stäng']"));
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("reasonForm:date_input")));
        assertThat(browser.driver().findElements(By.id("reasonForm:date_input"))).as("the closed dialog's date").isNotEmpty();

        browser.click(rowButton("Markera genomförd"));
        Browser.waitUp(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .withMessage("the refusal at the top of the page")
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), REFUSED));
        browser.screenshot("placement-completion-refused");
        assertThat(browser.timesSaid(REFUSED)).as("said once, where it is seen").isEqualTo(1);
        String row = browser.driver().findElements(By.cssSelector("[id='" + TABLE + "_data'] > tr")).get(0).getText();
        assertThat(row).contains(student).contains("Påbörjad");
    }

    /** The button with that label in the one row the search left. */
    private static By rowButton(String label) {
        return By.xpath("//tbody[@id='" + TABLE + "_data']/tr//button[normalize-space()='" + label + "']");
    }
}
