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
import org.openqa.selenium.WebElement;
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
 * The journey of a student's inquiry: a district forwards it, the university makes a request of it. The dialog that
 * records it fits the window, and Escape in its open calendar closes only the calendar.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class InquiryBrowserIT {

    private static final By FORWARD_DIALOG_CONTENT = By.cssSelector("[id='forwardDialog'] .ui-dialog-content");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @Test
    void aDistrictForwardsAnInquiryAndTheUniversityTurnsItIntoARequest() {
        String student = "Inez Inquiry " + UUID.randomUUID().toString().substring(0, 6);
        String studentRef = "inq-" + UUID.randomUUID().toString().substring(0, 8);
        browser.logIn("sodermalm", DemoData.DEMO_PASSWORD);
        browser.find(By.id("header:nav-inquiries")).click();
        browser.openDialog(By.id("inquiriesForm:newInquiry"));
        browser.find(By.id("forwardForm:studentName")).sendKeys(student);
        browser.find(By.id("forwardForm:studentEmail")).sendKeys("inez@student.example.se");
        browser.find(By.id("forwardForm:homeUniversity")).sendKeys("Umeå universitet");
        browser.find(By.id("forwardForm:message")).sendKeys("Jag söker VFU-plats inom barn och unga.");
        browser.choose("forwardForm:university", "Stockholms universitet");
        browser.find(By.id("forwardForm:send")).click();
        assertThat(browser.textOnceFilled(By.cssSelector(".ui-messages-info"))).contains(student);

        WebElement row = rowOf(browser, student);
        assertThat(row.getText()).contains("Vidarebefordrad").contains("SU");
        browser.screenshot("inquiry-forwarded");

        browser.signOut();
        browser.logIn("su", DemoData.DEMO_PASSWORD);
        browser.find(By.id("header:nav-inquiries")).click();
        rowOf(browser, student).findElement(By.xpath(".//button[contains(., 'Gör förfrågan')]")).click();
        browser.find(By.id("requestForm:studentRef")).sendKeys(studentRef);
        browser.find(By.id("requestForm:confirmRequest")).click();

        assertThat(browser.textOnceFilled(By.cssSelector(".ui-messages-info"))).contains(student);
        assertThat(rowOf(browser, student).getText()).contains("Förfrågan gjord");
        browser.screenshot("inquiry-turned-into-request");

        browser.open("/university/overview.xhtml");
        browser.find(By.id("requestsForm:requests:globalFilter")).sendKeys(studentRef);
        assertThat(browser.textOnceFilled(By.xpath("//tbody[@id='requestsForm:requests_data']/tr/td[normalize-space()='"
                + studentRef + "']"))).isEqualTo(studentRef);
    }

    /**
     * A date that does not exist is a conversion error beside the field, with what was typed kept: 30 February was
     * saved as the 28th without a word (the API refused it), and a date the picker could not read left it empty.
     */
    @Test
    void anImpossibleDateIsRefusedBesideTheFieldAndKeptAsTyped() {
        browser.logIn("sodermalm", DemoData.DEMO_PASSWORD);
        browser.find(By.id("header:nav-inquiries")).click();
        browser.openDialog(By.id("inquiriesForm:newInquiry"));
        for (String impossible : new String[] {"2026-02-30", "2026-13-45"}) {
            WebElement received = browser.find(By.id("forwardForm:receivedOn_input"));
            received.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, impossible, Keys.TAB);
            browser.find(By.id("forwardForm:send")).click();
            browser.waitUntilReplaced(received, Duration.ofSeconds(15));
            browser.waitForMessageBeside("forwardForm:receivedOn", "Ange ett giltigt datum (ÅÅÅÅ-MM-DD).");
            assertThat(browser.find(By.id("forwardForm:receivedOn_input")).getAttribute("value")).isEqualTo(impossible);
        }
    }

    /**
     * Every refusal of the form at once, each beside its field: a blank name, a bad e-mail, no university and a date
     * ahead (the date was refused only on the next save, after the others were put right).
     */
    @Test
    void everyRefusalOfTheFormShowsAtOnceBesideItsField() {
        browser.logIn("sodermalm", DemoData.DEMO_PASSWORD);
        browser.find(By.id("header:nav-inquiries")).click();
        browser.openDialog(By.id("inquiriesForm:newInquiry"));
        browser.find(By.id("forwardForm:studentEmail")).sendKeys("inte-en-adress");
        browser.find(By.id("forwardForm:message")).sendKeys("Jag söker VFU-plats.");
        WebElement received = browser.find(By.id("forwardForm:receivedOn_input"));
        String ahead = LocalDate.now(StockholmTime.ZONE).plusYears(1).withDayOfMonth(1).toString();
        received.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, ahead, Keys.TAB);
        browser.find(By.id("forwardForm:send")).click();
        browser.waitUntilReplaced(received, Duration.ofSeconds(15));
        browser.waitForMessageBeside("forwardForm:studentName", "Fältet måste fyllas i.");
        browser.waitForMessageBeside("forwardForm:studentEmail", "Ange en giltig e-postadress.");
        browser.waitForMessageBeside("forwardForm:university", "Fältet måste fyllas i.");
        browser.waitForMessageBeside("forwardForm:receivedOn", "Datumet kan inte ligga i framtiden.");
        browser.screenshot("inquiry-every-refusal");
    }

    /**
     * The dialog that records an inquiry fits a window 1400 and 1024 pixels wide, with each label beside its field
     * (the message's text area ran past the dialog's right edge).
     */
    @Test
    void theInquiryDialogFitsTheWindowWithEachLabelBesideItsField() {
        browser.logIn("sodermalm", DemoData.DEMO_PASSWORD);
        for (int width : new int[] {1400, 1024}) {
            browser.windowWidth(width);
            browser.open("/inquiries.xhtml");
            browser.openDialog(By.id("inquiriesForm:newInquiry"));
            assertThat(browser.overflowingWidth(FORWARD_DIALOG_CONTENT))
                    .as("the dialog scrolled sideways at %d px by", width).isZero();
            assertThat(browser.labelsNotBesideTheirFields(FORWARD_DIALOG_CONTENT)).as("at %d px", width).isEmpty();
            browser.screenshot("inquiry-dialog-" + width);
        }
    }

    /**
     * Escape in the date field while its calendar is open closes the calendar, and the dialog stays with what was typed
     * (the same key closed the dialog too, and opening it again emptied the form); a second Escape closes the dialog.
     */
    @Test
    void escapeInTheDateFieldWithItsCalendarOpenClosesOnlyTheCalendar() {
        String student = "Esc Escape " + UUID.randomUUID().toString().substring(0, 6);
        browser.logIn("sodermalm", DemoData.DEMO_PASSWORD);
        browser.find(By.id("header:nav-inquiries")).click();
        browser.openDialog(By.id("inquiriesForm:newInquiry"));
        browser.find(By.id("forwardForm:studentName")).sendKeys(student);
        WebElement received = browser.find(By.id("forwardForm:receivedOn_input"));
        received.click();
        // the calendar takes the focus once it has opened; the keys go back to the field, the calendar still open
        browser.waitForFocusWithin("forwardForm:receivedOn_panel");
        received.sendKeys(Keys.END);
        assertThat(browser.find(By.id("forwardForm:receivedOn_panel")).isDisplayed()).isTrue();

        received.sendKeys(Keys.ESCAPE);
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("forwardForm:receivedOn_panel")));
        assertThat(browser.find(By.id("forwardDialog")).isDisplayed()).as("the dialog stays").isTrue();
        assertThat(browser.find(By.id("forwardForm:studentName")).getAttribute("value")).isEqualTo(student);

        received.sendKeys(Keys.ESCAPE);
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("forwardDialog")));
    }

    /** The student's row, searched for: the list holds every inquiry of the district, over several pages. */
    private static WebElement rowOf(Browser browser, String student) {
        browser.searchUntilOneRow("inquiriesForm:inquiries", student, student);
        return browser.find(By.xpath("//tbody[@id='inquiriesForm:inquiries_data']/tr[contains(., '" + student + "')]"));
    }
}
