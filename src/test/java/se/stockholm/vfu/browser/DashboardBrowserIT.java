package se.stockholm.vfu.browser;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import se.stockholm.vfu.it.DashboardFixtures;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real browser, on {@link DashboardFixtures}' term HT2042: the central contact sees what awaits,
 * the pipeline and the charts, switches the trend chart to its table, and downloads the term report with the
 * browser's own session; Skarpnäck's contact sees Skarpnäck beside the city and nothing of Farsta.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class DashboardBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @BeforeEach
    void fixtures() throws Exception {
        Http http = new Http(base.toURI());
        http.send(HttpRequest.newBuilder(http.uri("api/it/dashboard-fixtures")).POST(HttpRequest.BodyPublishers.noBody()),
                Fixtures.CENTRAL, Fixtures.PASSWORD);
    }

    @Test
    void theCentralContactOpensTheDashboardSwitchesAChartToItsTableAndDownloadsTheReport() throws Exception {
        browser.signInWithTerm(Fixtures.CENTRAL, Fixtures.PASSWORD, DashboardFixtures.TERM);

        assertThat(browser.find(By.id("todo-list")).getText()).contains("1 förslag för HT2042 är inte publicerat");
        assertThat(browser.text("stage-reported")).isEqualTo("7");
        assertThat(browser.text("stage-confirmed")).isEqualTo("3");
        assertThat(browser.find(By.id("pipeline")).getText()).as("the city's requests are those sent")
                .contains("Förfrågningar").doesNotContain("Förstahandsval");
        assertThat(browser.text("stage-requests")).isEqualTo("6");
        assertThat(browser.text("ceiling")).isEqualTo("4");
        assertThat(browser.find(By.id("dashboardForm:trendChart")).findElements(By.tagName("canvas"))).isNotEmpty();
        browser.screenshot("dashboard-central");

        browser.find(By.id("dashboardForm:trendToggle")).click();
        // the page's other ajax work (the charts) can be slow on a loaded machine: wait generously for the table
        WebElement table = Browser.waitUp(browser.driver(), Duration.ofSeconds(60))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("dashboardForm:trendTable")));
        assertThat(table.getText()).contains("HT2042").contains("VT2042");
        assertThat(browser.driver().findElements(By.id("dashboardForm:trendChart"))).isEmpty();
        browser.screenshot("dashboard-central-trend-table");

        String href = browser.find(By.id("dashboardForm:reportPdf")).getAttribute("href");
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // in English the areas of work are named in English (they stayed Swedish)
        assertThat(browser.find(By.id("dashboardForm:byArea")).getText()).contains("Barn och unga");
        browser.switchLanguage("en");
        assertThat(browser.find(By.id("dashboardForm:byArea")).getText()).contains("Children and youth")
                .doesNotContain("Barn och unga");
        assertThat(browser.find(By.id("todo-list")).getText()).contains("1 proposal for HT2042 is not published");
    }

    @Test
    void aToDoItemOpensItsPageInItsOwnTermWhateverTheHeaderShowed() {
        browser.signInWithTerm(Fixtures.CENTRAL, Fixtures.PASSWORD, DashboardFixtures.PAST_TERM);
        WebElement pageBefore = browser.find(By.tagName("html"));

        browser.find(By.xpath("//ul[@id='todo-list']//a[contains(., '" + DashboardFixtures.TERM
                + " är inte publicerat')]")).click();

        browser.waitUntilReplaced(pageBefore, Duration.ofSeconds(60));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Fördelning av VFU-platser");
        assertThat(browser.find(By.xpath("//h2[starts-with(., 'Läget för')]")).getText())
                .isEqualTo("Läget för " + DashboardFixtures.TERM);
        assertThat(browser.find(By.id("header:term_label")).getText()).isEqualTo(DashboardFixtures.TERM);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/central/allocation.xhtml?term=" + DashboardFixtures.TERM);
    }

    /** A coordinator's own page and dashboard name the university in the page's language (they stayed Swedish). */
    @Test
    void aCoordinatorsDashboardNamesItsUniversityInThePagesLanguage() {
        browser.signInWithTerm(Fixtures.SU, Fixtures.PASSWORD, DashboardFixtures.TERM);
        assertThat(browser.text("university-name")).isEqualTo("Stockholms universitet, " + DashboardFixtures.TERM);
        assertThat(browser.text("trend-title")).endsWith("Stockholms universitet");

        browser.switchLanguage("en");
        assertThat(browser.text("university-name")).isEqualTo("Stockholm University, " + DashboardFixtures.TERM);
        assertThat(browser.text("trend-title")).endsWith("Stockholm University");
        assertThat(browser.find(By.id("pipeline")).getText()).contains("Stockholm University")
                .doesNotContain("Stockholms universitet");
    }

    @Test
    void aDistrictContactSeesOnlyItsOwnDistrictsFigures() {
        browser.signInWithTerm(DashboardFixtures.SKARPNACK, Fixtures.PASSWORD, DashboardFixtures.TERM);

        assertThat(browser.text("stage-reported")).isEqualTo("4");
        // its own "requests" are those naming it first choice, the city's beside them all requests sent
        assertThat(browser.find(By.id("pipeline")).getText()).contains("Förstahandsval")
                .contains("(egna: förfrågningar som har er som förstahandsval; hela staden: alla skickade förfrågningar)")
                .doesNotContain("Förfrågningar");
        assertThat(browser.text("stage-requests")).isEqualTo("4");
        assertThat(browser.find(By.id("dashboardForm:byDistrict")).getText()).contains("Skarpnäck").contains("Hela staden");
        // each row is headed by what it counts (th scope="row"), which a screen reader names before the row's figures
        assertThat(browser.find(By.id("dashboardForm:byDistrict")).findElements(By.cssSelector("tbody th[scope='row']")))
                .extracting(WebElement::getText).containsExactly("Skarpnäck", "Hela staden");
        assertThat(browser.pageText()).doesNotContain("Farsta").doesNotContain("Rinkeby");
        browser.screenshot("dashboard-district");
    }
}
