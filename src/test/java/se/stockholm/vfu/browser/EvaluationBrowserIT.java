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
import se.stockholm.vfu.config.DemoData;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey of an evaluation: five placements of a unit are completed and four students have answered, so the
 * central contact sees the unit as "färre än 5 svar"; the fifth student answers through the link in their mail,
 * without an account, and the unit's result shows up with its five answers, and the free text among the free texts.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class EvaluationBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @Test
    void aCompletedPlacementsEvaluationIsAnsweredThroughItsLinkAndShowsUpInTheResults() throws Exception {
        Http http = new Http(base.toURI());
        HttpResponse<String> made = http.send(HttpRequest.newBuilder(
                        http.uri("api/it/evaluation-scenario?district=SO&university=SU&count=5&answered=4"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
        JsonObject scenario = Http.object(made);
        String unit = scenario.getString("unitName");
        String token = scenario.getJsonArray("studentTokens").getString(4);

        browser.logIn("central", DemoData.DEMO_PASSWORD);
        assertThat(unitRow(unit).getText()).contains("färre än 5 svar");
        browser.signOut();

        String freeText = "Mycket lärorikt " + UUID.randomUUID().toString().substring(0, 6);
        browser.open("/evaluation/" + token);
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Utvärdering av VFU");
        browser.find(By.cssSelector("label[for='q1_4']")).click();
        browser.find(By.cssSelector("label[for='q2_5']")).click();
        browser.find(By.cssSelector("label[for='q3_4']")).click();
        browser.find(By.cssSelector("label[for='q4_5']")).click();
        browser.find(By.id("freeText")).sendKeys(freeText);
        browser.screenshot("evaluation-answer");
        browser.find(By.id("send")).click();
        // the answer is a new page: wait for it rather than read the form's heading while it unloads
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> "Tack för ditt svar".equals(d.findElement(By.tagName("h1")).getText()));
        assertThat(browser.cookie("JSESSIONID")).as("answering made no session").isNull();

        browser.logIn("central", DemoData.DEMO_PASSWORD);
        WebElement row = unitRow(unit);
        assertThat(row.getText()).doesNotContain("färre än 5 svar").contains("5");
        assertThat(browser.driver().findElements(By.cssSelector("#evaluationsForm\\:resultTabs\\:chart canvas")))
                .as("the chart, one tab away").hasSize(1);
        assertThat(browser.find(By.id("freeTextForm:freeTexts")).getText()).contains(freeText);
        browser.screenshot("evaluation-results");
    }

    private WebElement unitRow(String unit) {
        browser.open("/evaluations.xhtml");
        browser.choose("evaluationsForm:grouping", "Enhet");
        WebElement shown = browser.find(By.id("evaluationsForm:resultTabs"));
        browser.find(By.id("evaluationsForm:show")).click();
        browser.waitUntilReplaced(shown, Duration.ofSeconds(15));
        browser.find(By.xpath("//a[contains(., 'Tabell')]")).click();
        return browser.find(By.xpath("//tbody[@id='evaluationsForm:resultTabs:table_data']/tr[contains(., '" + unit + "')]"));
    }
}
