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
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.config.DemoData;
import se.stockholm.vfu.it.Deployments;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The central contact's journey on the city-wide units and supervisors pages: creates a unit in a district it
 * chooses (refused beside the field until a district is chosen), deactivates it and takes it into use again, each
 * after a confirmation, and creates a supervisor in that unit by choosing the district and then the unit. The
 * supervisor's training history is empty until the training is changed, and then shows the change. Closing the
 * history gives the focus back to the row's button, also when a search re-rendered the row while the dialog opened,
 * and a dialog just closed does not take the focus back from a field clicked within the moment it waits. The unit's
 * and the supervisor's dialogs say, in the user's language, whether they create or edit.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class CentralUnitsBrowserIT {

    private static final String DISTRICT = "Rinkeby-Kista";
    private static final String CHANGED_MEANWHILE =
            "Någon annan har ändrat uppgifterna under tiden. Ladda om sidan och försök igen.";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    Browser browser;


    @Test
    void theCentralContactCreatesAUnitAndASupervisorInADistrictAndReactivatesTheUnit() {
        String unit = "Central enhet " + UUID.randomUUID().toString().substring(0, 6);
        browser.logIn("central", DemoData.DEMO_PASSWORD);
        browser.find(By.id("header:nav-units-city")).click();
        // the hidden dialog's fields are left out of the page until it is opened
        browser.find(By.id("unitsForm:newUnit"));
        assertThat(browser.driver().findElements(By.id("unitForm:name"))).isEmpty();

        browser.openDialog(By.id("unitsForm:newUnit"));
        browser.find(By.id("unitForm:name")).sendKeys(unit);
        browser.choose("unitForm:area", "Barn och unga");
        browser.find(By.id("unitForm:saveUnit")).click();
        assertThat(browser.messageBeside("unitForm:district"))
                .isEqualTo("Välj stadsdelsförvaltning.");
        assertThat(browser.find(By.id("unitForm:name")).getAttribute("value")).isEqualTo(unit);
        browser.screenshot("central-unit-form-district-refused");
        browser.choose("unitForm:district", DISTRICT);
        browser.find(By.id("unitForm:saveUnit")).click();
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("unitForm:name")));
        // the focus goes back to the dialog's button before the search is typed (a space on the button reopens it)
        browser.waitForFocus("unitsForm:newUnit");
        // what a save that closed its dialog says is on the page, once
        waitForText(By.id("messages"), "Enheten " + unit + " är skapad.");
        assertThat(browser.timesSaid("Enheten " + unit + " är skapad.")).isEqualTo(1);
        showOnly("unitsForm:units", unit);
        assertThat(browser.find(By.id("unitsForm:units")).getText()).contains(DISTRICT);

        clickInRow("unitsForm:units", "deactivate");
        browser.click(By.id("unitsForm:confirmYes"));
        waitForTable("unitsForm:units", "Inaktiverad");
        clickInRow("unitsForm:units", "reactivate");
        assertThat(browser.find(By.cssSelector(".ui-confirm-dialog")).getText()).contains("Återaktivera " + unit);
        browser.screenshot("central-unit-reactivate-confirm");
        browser.click(By.id("unitsForm:confirmYes"));
        waitForTable("unitsForm:units", "Återaktiverad");
        browser.screenshot("central-unit-reactivated");

        // the dialog's title says what it is for: it edits the unit, and after that it creates a new one again
        browser.openDialog(By.cssSelector("[id='unitsForm:units_data'] button[id$=':edit']"));
        assertThat(Browser.dialogTitle(browser.find(By.id("unitDialog")))).isEqualTo("Ändra enhet");
        assertThat(browser.find(By.id("unitForm:name")).getAttribute("value")).isEqualTo(unit);
        // someone saved the unit meanwhile: the refusal is said once, in the dialog, which stays open (it was said on
        // the page behind the dialog as well)
        saveInAnotherTab("/central/units.xhtml", "unitsForm:units", unit, "unitForm:contactName", "unitForm:saveUnit");
        browser.find(By.id("unitForm:saveUnit")).click();
        waitForText(By.id("unitForm:unitMessages"), CHANGED_MEANWHILE);
        assertThat(browser.timesSaid(CHANGED_MEANWHILE)).as("said once, in the dialog").isEqualTo(1);
        browser.screenshot("central-unit-changed-meanwhile");
        closeWithEscape("unitDialog", "unitsForm:units:0:edit");
        browser.openDialog(By.id("unitsForm:newUnit"));
        assertThat(Browser.dialogTitle(browser.find(By.id("unitDialog")))).isEqualTo("Ny enhet");
        closeWithEscape("unitDialog", "unitsForm:newUnit");

        browser.find(By.id("header:nav-supervisors-city")).click();
        browser.find(By.id("supervisorsForm:newSupervisor"));
        assertThat(browser.driver().findElements(By.cssSelector("[id='supervisorForm:name'], [id='trainingForm:trainingStatus']")))
                .isEmpty();
        browser.openDialog(By.id("supervisorsForm:newSupervisor"));
        String supervisor = "Handledare " + unit;
        browser.find(By.id("supervisorForm:name")).sendKeys(supervisor);
        browser.find(By.id("supervisorForm:email")).sendKeys("central-" + UUID.randomUUID().toString().substring(0, 6)
                + "@it.example");
        browser.choose("supervisorForm:district", DISTRICT);
        browser.choose("supervisorForm:unit", unit);
        browser.screenshot("central-supervisor-form");
        browser.find(By.id("supervisorForm:saveSupervisor")).click();
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("supervisorForm:name")));
        browser.waitForFocus("supervisorsForm:newSupervisor");
        showOnly("supervisorsForm:supervisors", supervisor);
        assertThat(browser.find(By.id("supervisorsForm:supervisors")).getText()).contains(DISTRICT).contains(unit);
        browser.openDialog(By.cssSelector("[id='supervisorsForm:supervisors_data'] button[id$=':edit']"));
        assertThat(Browser.dialogTitle(browser.find(By.id("supervisorDialog")))).isEqualTo("Ändra handledare");
        assertThat(browser.find(By.id("supervisorForm:name")).getAttribute("value")).isEqualTo(supervisor);
        saveInAnotherTab("/central/supervisors.xhtml", "supervisorsForm:supervisors", supervisor, "supervisorForm:title",
                "supervisorForm:saveSupervisor");
        browser.find(By.id("supervisorForm:saveSupervisor")).click();
        waitForText(By.id("supervisorForm:supervisorMessages"), CHANGED_MEANWHILE);
        assertThat(browser.timesSaid(CHANGED_MEANWHILE)).as("said once, in the dialog").isEqualTo(1);
        closeWithEscape("supervisorDialog", "supervisorsForm:supervisors:0:edit");

        By historyButton = By.cssSelector("[id='supervisorsForm:supervisors_data'] button[id$=':history']");
        WebElement history = browser.openHistory(historyButton, "historyDialog");
        assertThat(Browser.dialogTitle(history)).isEqualTo("Ändringar av handledarutbildning – " + supervisor);
        assertThat(Browser.tableHeaders(history)).containsExactly("Registrerad", "Status", "Kurs", "Lärosäte som ger kursen",
                "Startdatum", "Genomförd datum", "Av vem");
        assertThat(Browser.tableRows(history)).containsExactly("Inga ändringar sparade.");
        browser.closeHistory("historyDialog");

        // a search answered after the click re-renders the row, its button too, before the dialog shows, and the
        // dialog is closed at once, while PrimeFaces still keeps that button disabled after its request: the focus
        // still goes to the row's button, the new one, once it is enabled (not to the page, where a keyboard user
        // would start again from the top)
        ((JavascriptExecutor) browser.driver()).executeScript("PF('supervisorsTable').filter(); arguments[0].click();",
                browser.find(historyButton));
        browser.waitForFocus("historyDialogClose");
        browser.closeHistory("historyDialog");

        browser.openDialog(By.cssSelector("[id='supervisorsForm:supervisors_data'] button[id$=':training']"));
        browser.choose("trainingForm:trainingStatus", "Genomförd");
        browser.choose("trainingForm:trainingUniversity", "Stockholms universitet");
        // the calendar offers only the days a completion may have: from 1970 to today (it offered any day, and a
        // picked one ahead was refused only after saving); a date typed ahead is still refused beside the field
        LocalDate today = LocalDate.now(StockholmTime.ZONE);
        assertThat(((JavascriptExecutor) browser.driver()).executeScript(
                "var cfg = PrimeFaces.getWidgetById('trainingForm:trainingCompleted').cfg;"
                        + " return [String(cfg.minDate), String(cfg.maxDate)];"))
                .asString().contains("1970-01-01").contains(today.toString());
        browser.typeDate("trainingForm:trainingCompleted", today.plusDays(1).toString());
        browser.find(By.id("trainingForm:saveTraining")).click();
        browser.waitForMessageBeside("trainingForm:trainingCompleted", "Datumet kan inte ligga i framtiden.");
        browser.typeDate("trainingForm:trainingCompleted", "2026-01-15");
        browser.find(By.id("trainingForm:saveTraining")).click();
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("trainingForm:saveTraining")));
        history = browser.openHistory(historyButton, "historyDialog");
        assertThat(Browser.tableRows(history)).singleElement().asString()
                .contains("Genomförd").contains("SU").contains("2026-01-15").endsWith("central");
        browser.screenshot("central-supervisor-history");
        browser.closeHistory("historyDialog");

        // a closed dialog gives the focus back to its button a moment later; a user who clicked elsewhere within that
        // moment (here the search field, to type in it) keeps the focus where they clicked
        browser.openDialog(By.cssSelector("[id='supervisorsForm:supervisors_data'] button[id$=':training']"));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "PF('trainingDialog').hide(); arguments[0].focus(); arguments[0].click();",
                browser.find(By.id("supervisorsForm:supervisors:globalFilter")));
        browser.assertFocusStays("supervisorsForm:supervisors:globalFilter", Duration.ofMillis(800));

        browser.switchLanguage("en");
        showOnly("supervisorsForm:supervisors", supervisor);
        browser.openDialog(By.cssSelector("[id='supervisorsForm:supervisors_data'] button[id$=':edit']"));
        assertThat(Browser.dialogTitle(browser.find(By.id("supervisorDialog")))).isEqualTo("Edit supervisor");
    }

    /** Closes the dialog with Escape in its focused field and waits until the focus is back on its opener. */
    private void closeWithEscape(String dialog, String opener) {
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id(dialog)));
        browser.waitForFocus(opener);
    }

    /**
     * Someone else changes the row in its edit dialog meanwhile: the same user in a second tab types into the field
     * and saves; then that tab is closed and this one is shown again.
     */
    private void saveInAnotherTab(String page, String table, String row, String field, String save) {
        String thisTab = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.open(page);
        showOnly(table, row);
        browser.openDialog(By.cssSelector("[id='" + table + "_data'] button[id$=':edit']"));
        browser.find(By.id(field)).sendKeys(" (ändrad)");
        browser.find(By.id(save)).click();
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id(field)));
        browser.driver().close();
        browser.driver().switchTo().window(thisTab);
    }

    private void waitForText(By element, String text) {
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(element).getText().contains(text));
    }

    /** Searches the table for the text and waits until it shows that one row. */
    private void showOnly(String table, String text) {
        browser.searchUntilOneRow(table, text, text);
    }

    /** Clicks the row's button whose id ends with the name; the table may be re-rendered meanwhile. */
    private void clickInRow(String table, String button) {
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    d.findElement(By.cssSelector("[id='" + table + "_data'] button[id$=':" + button + "']")).click();
                    return true;
                });
    }

    private void waitForTable(String table, String text) {
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id(table)).getText().contains(text));
    }
}
