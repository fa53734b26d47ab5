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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A coordinator books term-two students on an observation visit until it is full; the next booking is refused. */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class VisitBookingBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @Test
    void aCoordinatorBooksAnObservationVisitUntilItIsFull() throws Exception {
        JsonObject visit = visitOfTheScenario(2);
        String unit = visit.getString("unitName");

        browser.signInWithTerm(Fixtures.SU, Fixtures.PASSWORD, visit.getString("termCode"));
        browser.find(By.id("header:nav-visits")).click();
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Auskultation");

        // a wrong e-mail address is said beside its field, once (it was said twice, both in the dialog and on the
        // page behind it), and the corrected booking goes through
        book(unit, "Tilda Termintvå", "tilda.student.example");
        browser.waitForMessageBeside("bookForm:studentEmail", "Ange en giltig e-postadress.");
        assertThat(browser.timesSaid("Ange en giltig e-postadress.")).isEqualTo(1);
        browser.find(By.id("bookForm:studentEmail")).clear();
        browser.find(By.id("bookForm:studentEmail")).sendKeys("tilda@student.example");
        browser.find(By.id("bookForm:bookVisit")).click();
        waitUntilPageContains("Studenten är bokad.");
        assertThat(browser.timesSaid("Studenten är bokad.")).isEqualTo(1);
        book(unit, "Ture Termintvå", "ture@student.example");
        waitUntilPageContains("Ture Termintvå");
        // the same answer updates the bookings first, then the visits: wait for the visit's row as well
        assertThat(rowOnceItSays(unit, "2 / 2")).contains("fullbokat");
        browser.screenshot("visit-full");

        book(unit, "Tova Trea", "tova@student.example");
        waitUntilPageContains("Besöket är fullbokat");
        assertThat(browser.find(By.id("bookForm:bookMessages")).getText()).contains("Besöket är fullbokat");
        assertThat(browser.timesSaid("Besöket är fullbokat")).as("said once, in the dialog").isEqualTo(1);
        browser.screenshot("visit-booking-refused");
        assertThat(browser.find(By.id("bookingsForm:bookings")).getText()).contains("Tilda Termintvå")
                .contains("Ture Termintvå").doesNotContain("Tova Trea");
    }

    /**
     * No seats, a day gone by and no unit chosen are the form's to answer beside the fields, with what was typed kept
     * (the seats field once refused the key; the first unit was chosen unasked, and any date was taken).
     */
    @Test
    void aVisitOfferedWithNoSeatsADayGoneByAndNoUnitGetsTheMessagesBesideTheFields() throws Exception {
        browser.signInWithTerm(Fixtures.CENTRAL, Fixtures.PASSWORD, visitOfTheScenario(1).getString("termCode"));
        browser.find(By.id("header:nav-visits")).click();
        browser.openDialog(By.id("visitsForm:newVisit"));
        assertThat(browser.find(By.id("createForm:unit_label")).getText()).isEqualTo("– välj –");
        browser.typeNumber("createForm:seats", "0");
        browser.typeDate("createForm:date", "2020-01-01");
        browser.find(By.id("createForm:createVisit")).click();
        assertThat(browser.messageBeside("createForm:seats")).isEqualTo("Ange minst 1.");
        assertThat(browser.numberIn("createForm:seats")).isEqualTo("0");
        assertThat(browser.messageBeside("createForm:date")).isEqualTo("Datumet har redan varit.");
        assertThat(browser.find(By.id("createForm:date_input")).getAttribute("value")).isEqualTo("2020-01-01");
        assertThat(browser.messageBeside("createForm:unit")).isEqualTo("Fältet måste fyllas i.");
    }

    /** A visit with {@code seats} seats in a term of its own (the support scenario's fixtures). */
    private JsonObject visitOfTheScenario(int seats) throws Exception {
        Http http = new Http(base.toURI());
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(http.uri("api/it/support-scenario/visit?seats=" + seats))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return Http.object(created);
    }

    private void book(String unit, String name, String email) {
        rowOf(unit).findElement(By.xpath(".//button[contains(., 'Boka student')]")).click();
        WebElement field = Browser.waitUp(browser.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("bookForm:studentName")));
        field.clear();
        field.sendKeys(name);
        browser.find(By.id("bookForm:studentEmail")).sendKeys(email);
        browser.find(By.id("bookForm:bookVisit")).click();
    }

    private WebElement rowOf(String unit) {
        return Browser.waitUp(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(
                        By.xpath("//tbody[@id='visitsForm:visits_data']/tr[contains(., '" + unit + "')]")));
    }

    /** The row's text once it says this (an ajax answer may still be replacing the table). */
    private String rowOnceItSays(String unit, String text) {
        return Browser.waitUp(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    String row = rowOf(unit).getText();
                    return row.contains(text) ? row : null;
                });
    }

    private void waitUntilPageContains(String text) {
        Browser.waitUp(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }
}
