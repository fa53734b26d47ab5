package se.stockholm.vfu.browser;

import jakarta.json.JsonArray;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recruitment journey in a real browser, under the portal's Content-Security-Policy: Södermalm's district contact
 * reports a trainee post, adds a former VFU student to it from their completed placement on the placements page, and
 * moves them step by step to a permanent hire, each step shown in the candidate's history; the central contact's
 * funnel (chart and table) then counts one more hire in the student's cohort. A step dated after today is refused,
 * beside its date on the page and naming the field in the API.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class RecruitmentBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @Test
    void aDistrictHiresAFormerVfuStudentAndTheCentralContactSeesTheFunnelChange() throws Exception {
        Http http = new Http(base.toURI());
        JsonObject scenario = Http.object(http.send(HttpRequest.newBuilder(http.uri("api/it/recruitment-scenario"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD));
        String term = scenario.getString("term");
        String student = scenario.getString("freeStudent");
        int hiresBefore = cityHires(http, term);

        browser.signInWithTerm(Fixtures.SODERMALM, Fixtures.PASSWORD, term);
        browser.find(By.id("header:nav-recruitment")).click();
        browser.openDialog(By.id("postsForm:newPost"));
        browser.choose("postForm:unit", "Barn och familj Södermalm");
        browser.choose("postForm:area", "Barn och unga");
        LocalDate start = LocalDate.of(2053, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(300));
        browser.typeDate("postForm:periodStart", start.toString());
        browser.typeDate("postForm:periodEnd", start.plusYears(1).toString());
        // no posts is the form's to answer beside the field, with the 0 still there (the field once refused the key)
        browser.typeNumber("postForm:posts", "0");
        browser.find(By.id("postForm:savePost")).click();
        assertThat(browser.messageBeside("postForm:posts")).isEqualTo("Ange minst 1.");
        assertThat(browser.numberIn("postForm:posts")).isEqualTo("0");
        browser.typeNumber("postForm:posts", "1");
        browser.screenshot("recruitment-new-post");
        browser.find(By.id("postForm:savePost")).click();
        waitUntilPageContains("Traineetjänsten är sparad");
        Browser.waitUp(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("postForm:savePost")));

        browser.find(By.id("header:nav-placements")).click();
        browser.find(By.id("placementsForm:placements:globalFilter")).sendKeys(student);
        waitUntilTableShowsOnly(student);
        // the filter re-renders the table once typing pauses: click the row's button once the table has settled
        Browser.waitUp(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    d.findElement(By.cssSelector("#placementsForm\\:placements .add-to-post")).click();
                    return true;
                });
        // the dialog opens after an ajax round trip: give it as long as the other waits here
        Browser.waitUp(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("addToPostForm:post")));
        browser.choose("addToPostForm:post", "Södermalm · Barn och familj Södermalm · " + start);
        browser.screenshot("recruitment-add-to-post");
        browser.find(By.id("addToPostForm:addToPostButton")).click();
        waitUntilPageContains("är kandidat till traineetjänsten");
        Browser.waitUp(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("addToPostForm:addToPostButton")));

        browser.find(By.id("header:nav-recruitment")).click();
        browser.find(By.id("postsForm:posts:globalFilter"));
        assertThat(browser.spaceAfterLabel("postsForm:posts:globalFilter"))
                .as("the space between \"Sök enhet eller förvaltning\" and its field (it touched it)").isGreaterThanOrEqualTo(6);
        WebElement row = browser.find(By.xpath("//tbody[@id='postsForm:posts_data']/tr[contains(., '" + start + "')]"));
        row.findElement(By.cssSelector(".open-post")).sendKeys(Keys.ENTER);
        waitUntilPageContains(student);
        // the list opens far below the table: the focus goes to its heading, which a screen reader reads out (it
        // stayed on the button, and nothing said that the list had opened)
        browser.waitForFocus("candidates-title");
        assertThat(browser.driver().switchTo().activeElement().getText())
                .isEqualTo("Kandidater till Barn och familj Södermalm, Södermalm");
        LocalDate today = LocalDate.now(StockholmTime.ZONE);
        for (String step : new String[] {"Har sökt", "Intervjuad", "Trainee", "Tillsvidareanställd"}) {
            browser.find(By.cssSelector("#candidatesForm\\:candidates .move-candidate")).click();
            if (step.equals("Tillsvidareanställd")) {
                // a step is something that happened: the calendar offers days up to today, and a hire typed with a
                // date ahead is refused beside its date, naming the latest day, and not counted
                typeStepDate(today.plusYears(3).withDayOfYear(1));
                browser.find(By.id("stepForm:saveStep")).click();
                browser.waitForMessageBeside("stepForm:date", "Ange " + today + " eller tidigare.");
                typeStepDate(today);
            }
            browser.find(By.id("stepForm:saveStep")).click();
            Browser.waitUp(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("stepForm:saveStep")));
            Browser.waitUp(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("candidatesForm:candidates")).getText().contains(step));
        }
        assertThat(browser.find(By.id("candidatesForm:candidates")).getText()).contains(student)
                .contains("Tillsvidareanställd").contains("VFU " + term);
        browser.screenshot("recruitment-hired");
        WebElement history = browser.openHistory(By.cssSelector("[id='candidatesForm:candidates_data'] button[id$=':history']"),
                "historyDialog");
        assertThat(Browser.dialogTitle(history)).isEqualTo("Historik – " + student);
        assertThat(Browser.tableHeaders(history)).containsExactly("Registrerad", "Steg", "Datum", "Skäl", "Av vem");
        assertThat(Browser.tableRows(history)).hasSizeGreaterThanOrEqualTo(4).allMatch(r -> r.endsWith(Fixtures.SODERMALM))
                .anyMatch(r -> r.contains("Har sökt")).anyMatch(r -> r.contains("Intervjuad"))
                .anyMatch(r -> r.contains("Trainee")).anyMatch(r -> r.contains("Tillsvidareanställd"));
        browser.screenshot("recruitment-candidate-history");
        browser.closeHistory("historyDialog");

        browser.signInWithTerm(Fixtures.CENTRAL, Fixtures.PASSWORD, term);
        browser.find(By.id("header:nav-funnel-city")).click();
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Rekryteringstratten: från VFU till anställning");
        assertThat(browser.find(By.cssSelector("#funnelForm\\:funnelTabs canvas")).isDisplayed())
                .as("the chart is drawn under the CSP").isTrue();
        browser.screenshot("recruitment-funnel-chart");
        browser.find(By.xpath("//a[contains(., 'Tabell')]")).click();
        WebElement cityRow = browser.find(By.xpath("//tbody[@id='funnelForm:funnelTabs:funnel_data']/tr[contains(., '"
                + term + "') and contains(., 'Hela staden')]"));
        assertThat(cityRow.findElement(By.cssSelector(".funnel-hires")).getText())
                .isEqualTo(Integer.toString(hiresBefore + 1));
        assertThat(cityHires(http, term)).isEqualTo(hiresBefore + 1);
        browser.screenshot("recruitment-funnel-table");

        // the API refuses a step dated ahead the same way, naming the field
        long post = Http.object(http.get("api/trainee-posts?size=500", Fixtures.SODERMALM, Fixtures.PASSWORD))
                .getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("periodStart").equals(start.toString())).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        JsonObject hired = Http.array(http.get("api/trainee-posts/" + post + "/candidates", Fixtures.SODERMALM,
                Fixtures.PASSWORD)).getJsonObject(0);
        HttpResponse<String> ahead = http.send(HttpRequest.newBuilder(http.uri("api/trainee-posts/candidates/"
                        + hired.getJsonNumber("id") + "/steps")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"version\":" + hired.getJsonNumber("version")
                        + ",\"status\":\"LEFT\",\"date\":\"" + today.plusDays(1) + "\",\"reason\":\"Flyttar\"}")),
                Fixtures.SODERMALM, Fixtures.PASSWORD);
        assertThat(ahead.statusCode()).as(ahead.body()).isEqualTo(400);
        assertThat(Http.object(ahead).getString("field")).isEqualTo("date");
        assertThat(Http.object(ahead).getString("detail")).isEqualTo("The date cannot be in the future.");
    }

    private void typeStepDate(LocalDate date) {
        WebElement field = browser.find(By.id("stepForm:date_input"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, date.toString(), Keys.TAB);
    }

    private static int cityHires(Http http, String term) throws Exception {
        JsonArray rows = Http.array(http.get("api/recruitment/funnel", Fixtures.CENTRAL, Fixtures.PASSWORD));
        return rows.getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("cohort").equals(term) && r.getString("groupType").equals("CITY"))
                .map(r -> r.getJsonObject("hires").getInt("count")).findFirst().orElse(0);
    }

    private void waitUntilPageContains(String text) {
        Browser.waitUp(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }

    private void waitUntilTableShowsOnly(String text) {
        Browser.waitUp(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    var rows = d.findElements(By.cssSelector("#placementsForm\\:placements_data > tr"));
                    return rows.size() == 1 && rows.get(0).getText().contains(text);
                });
    }
}
