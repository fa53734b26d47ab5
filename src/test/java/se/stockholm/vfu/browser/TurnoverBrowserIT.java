package se.stockholm.vfu.browser;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.recruitment.StaffTurnover;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A district contact's staff-turnover page in a real browser: a year's figures entered in the dialog appear in the
 * district's table with their rate, a file imports another year, and a file with a wrong row saves nothing and names
 * the row.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class TurnoverBrowserIT {

    /** {@link StaffTurnover#MAX_STAFF}'s message, the limit grouped in Swedish. */
    private static final String STAFF_TOO_MANY = "Ange högst 100 000.";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @Test
    void aDistrictEntersAYearsFiguresAndImportsAnotherYearFromAFile() throws Exception {
        // this year (the latest a district has figures of) and the one before: the newest of Södermalm's, so on the
        // table's first page (it lists the newest first); a later local run enters them again (the H2 file database
        // outlives a run): saving replaces the figures
        int entered = LocalDate.now(StockholmTime.ZONE).getYear();
        int imported = entered - 1;
        browser.logIn(Fixtures.SODERMALM, Fixtures.PASSWORD).open("/district/turnover.xhtml");

        browser.openDialog(By.id("turnoverForm:enter"));
        browser.choose("enterForm:group", "Socialsekreterare");
        browser.find(By.id("enterForm:permanentStaff_input")).sendKeys("80", Keys.TAB);
        browser.find(By.id("enterForm:left_input")).sendKeys("12", Keys.TAB);
        browser.find(By.id("enterForm:movedInCity_input")).sendKeys("2", Keys.TAB);
        // no year, and then a year outside the portal's years, are the form's to answer beside the field, with the
        // year kept as typed (no year once gave the error page; the field once refused the last key: 2101 became 210)
        browser.typeNumber("enterForm:year", "");
        browser.find(By.id("enterForm:saveTurnover")).click();
        assertThat(browser.messageBeside("enterForm:year")).isEqualTo("Fältet måste fyllas i.");
        browser.typeNumber("enterForm:year", Integer.toString(StaffTurnover.LAST_YEAR + 1));
        browser.find(By.id("enterForm:saveTurnover")).click();
        browser.waitForMessageBeside("enterForm:year", "Ange högst " + StaffTurnover.LAST_YEAR + ".");
        assertThat(browser.numberIn("enterForm:year")).isEqualTo(Integer.toString(StaffTurnover.LAST_YEAR + 1));
        // a year to come has no figures yet: answered beside the field, the year kept (it was saved once)
        browser.typeNumber("enterForm:year", Integer.toString(entered + 1));
        browser.find(By.id("enterForm:saveTurnover")).click();
        browser.waitForMessageBeside("enterForm:year", "Året kan inte vara senare än i år (" + entered + ").");
        assertThat(browser.numberIn("enterForm:year")).isEqualTo(Integer.toString(entered + 1));
        browser.typeNumber("enterForm:year", Integer.toString(entered));
        // a few digits too many in the staff: answered beside the field, the limit grouped as the field shows it (its
        // sum into the city's total would overflow)
        browser.typeNumber("enterForm:permanentStaff", Integer.toString(StaffTurnover.MAX_STAFF + 1));
        browser.find(By.id("enterForm:saveTurnover")).click();
        browser.waitForMessageBeside("enterForm:permanentStaff", STAFF_TOO_MANY);
        assertThat(browser.numberIn("enterForm:permanentStaff").replaceAll("[^0-9]", ""))
                .isEqualTo(Integer.toString(StaffTurnover.MAX_STAFF + 1));
        // more digits than the figure's int holds: PrimeFaces' field stops taking keys at the int's range (seen:
        // 99999999999 typed is 999 999 999 kept), so the save is answered beside the field, not by the error page
        browser.typeNumber("enterForm:permanentStaff", "99999999999");
        WebElement shownBefore = browser.find(By.id("enterForm:permanentStaff"));
        browser.find(By.id("enterForm:saveTurnover")).click();
        // the form is re-rendered by the answer (update="@form"): the field shown before is replaced
        browser.waitUntilReplaced(shownBefore, Duration.ofSeconds(15));
        browser.waitForMessageBeside("enterForm:permanentStaff", STAFF_TOO_MANY);
        assertThat(Long.parseLong(browser.numberIn("enterForm:permanentStaff").replaceAll("[^0-9]", "")))
                .isBetween((long) StaffTurnover.MAX_STAFF + 1, (long) Integer.MAX_VALUE);
        browser.typeNumber("enterForm:permanentStaff", "80");
        browser.find(By.id("enterForm:saveTurnover")).click();
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("enterForm:saveTurnover")));
        assertThat(rowOf(entered, "Socialsekreterare")).as("the entered year in the district's table, with its rate 12/80")
                .contains("Socialsekreterare").contains("80").contains("12").contains("15,0").doesNotContain("15.0");
        // the chart writes its numbers in Swedish too (its axis showed 0.5, 1.0, its tooltips 20.7)
        assertThat(chartLabelOf(20.7)).isEqualTo("20,7");

        Path file = Files.createTempFile("vfu-turnover-", ".csv");
        Files.writeString(file, "stadsdel,år,yrkesgrupp,tillsvidareanställda,slutat\n"
                + "SO," + imported + ",biståndshandläggare,40,4\n", StandardCharsets.UTF_8);
        upload(file);
        assertThat(browser.pageText()).contains("1 rad importerad.");
        assertThat(rowOf(imported, "Biståndshandläggare")).as("the imported year in the district's table, with its rate 4/40")
                .contains("Biståndshandläggare").contains("40").contains("10,0");

        Files.writeString(file, "stadsdel,år,yrkesgrupp,tillsvidareanställda,slutat\n"
                + "SO," + imported + ",biståndshandläggare,40,4\n"
                + "SO,tjugo,biståndshandläggare,40,4\n", StandardCharsets.UTF_8);
        upload(file);
        // the answer comes by ajax: wait for its error table (read at once, it was empty once in CI)
        List<String> errors = Browser.waitUp(browser.driver(), Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    List<String> rows = d.findElements(By.cssSelector("[id='importErrors'] tbody tr")).stream()
                            .map(WebElement::getText).toList();
                    return rows.isEmpty() ? null : rows;
                });
        assertThat(errors).as("the wrong row named, by its row number in the file, and its column by its name")
                .singleElement().asString().startsWith("3 År ");
        assertThat(browser.pageText()).doesNotContain(" importerad.").doesNotContain(" importerade.");

        // no file chosen, then a chosen file of no bytes: each said as it is, beside the upload field
        browser.find(By.id("importForm:runImport")).click();
        browser.waitForMessageBeside("importForm:file", "Välj en fil.");
        Files.writeString(file, "", StandardCharsets.UTF_8);
        upload(file);
        browser.waitForMessageBeside("importForm:file", "Filen är tom.");

        // in English, the English way
        // the refused form held only its file, which the answer never brings back: nothing to lose, no question
        browser.switchLanguage("en");
        assertThat(rowOf(entered, "Social secretar")).contains("15.0");
        assertThat(chartLabelOf(20.7)).isEqualTo("20.7");
    }

    /** How the district's chart writes the value on its axis and in its tooltips. */
    private String chartLabelOf(double value) {
        return (String) Browser.waitUp(browser.driver(), Duration.ofSeconds(15)).until(d -> ((JavascriptExecutor) d)
                .executeScript("""
                        const canvas = document.querySelector(
                                "[id^='chartForm:turnoverChart'] canvas, canvas[id^='chartForm:turnoverChart']");
                        const chart = canvas && window.Chart && Chart.getChart(canvas);
                        return chart ? chart.scales.y.getLabelForValue(arguments[0]) : null;""", value));
    }

    /** The district table's row of the year and staff group. */
    private String rowOf(int year, String group) {
        return Browser.waitUp(browser.driver(), Duration.ofSeconds(15)).until(d -> d.findElements(
                        By.cssSelector("[id='turnoverForm:turnover_data'] tr")).stream().map(WebElement::getText)
                .filter(text -> text.contains(" " + year + " ") && text.contains(group))
                .findFirst().orElse(null));
    }

    private void upload(Path file) {
        browser.find(By.id("importForm:runImport"));
        browser.driver().findElement(By.cssSelector("#importForm input[type=file]")).sendKeys(file.toString());
        browser.driver().findElement(By.id("importForm:runImport")).click();
        browser.find(By.id("importForm:runImport"));
    }
}
