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
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.stockholm.vfu.config.DemoData;
import se.stockholm.vfu.it.Deployments;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The central contact's terms (/central/terms.xhtml): what the "Öppna ny termin" dialog refuses is said beside its
 * field with what was typed kept, and a saved term is said once.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class TermsBrowserIT {

    private static final String PASSWORD = DemoData.DEMO_PASSWORD;
    private static final String REQUIRED = "Fältet måste fyllas i.";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    /** Signed out, with no cookies, at the start of every test. */
    Browser browser;

    @Test
    void theCentralContactSeesTheTermsAndAnIncompleteNewTermIsRefusedFieldByField() {
        browser.logIn("central", PASSWORD);
        browser.find(By.id("header:nav-terms")).click();

        assertThat(browser.find(By.id("termsForm:terms")).getText()).contains("VT2027").contains("HT2026");
        browser.openDialog(By.id("termsForm:openTerm"));
        browser.find(By.id("termForm:vfuStart")).sendKeys("2040-08-30");
        browser.find(By.id("termForm:saveTerm")).click();

        assertThat(browser.messageBeside("termForm:vfuEnd")).isEqualTo("Fältet måste fyllas i.");
        assertThat(browser.find(By.id("termForm:vfuStart")).getAttribute("value")).isEqualTo("2040-08-30");
        browser.screenshot("central-terms");

        // limits in the page's language (the form's limits once had Hibernate Validator's English texts) and a date
        // that does not exist (once read as 28 February), each beside its field with what was typed kept
        for (String[] typed : new String[][] {{"1", "-5", "2040-02-30"}, {"2101", "99999", "2040-08-30"}}) {
            for (String[] field : new String[][] {{"year", typed[0]}, {"targetPlaces", typed[1]}, {"vfuStart", typed[2]}}) {
                browser.find(By.id("termForm:" + field[0])).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE,
                        field[1]);
            }
            browser.find(By.id("termForm:saveTerm")).click();
            if (typed[0].equals("1")) {
                browser.waitForMessageBeside("termForm:year", "Ange minst 2000.");
                browser.waitForMessageBeside("termForm:targetPlaces", "Ange minst 1.");
                browser.waitForMessageBeside("termForm:vfuStart", "Ange ett giltigt datum (ÅÅÅÅ-MM-DD).");
            } else {
                browser.waitForMessageBeside("termForm:year", "Ange högst 2100.");
                browser.waitForMessageBeside("termForm:targetPlaces", "Ange högst 10 000.");
            }
            assertThat(browser.find(By.id("termForm:targetPlaces")).getAttribute("value")).isEqualTo(typed[1]);
            assertThat(browser.find(By.id("termForm:vfuStart")).getAttribute("value")).isEqualTo(typed[2]);
        }
    }

    /**
     * Found in exploratory testing: an empty target was saved as 0 (the dashboard then said "100 % 0 av 0 platser"),
     * an empty year became 0 in the field with "Ange minst 2000." under the form, and the year had no required mark.
     */
    @Test
    void anEmptyYearOrTargetIsRequiredBesideItsFieldAndATargetOfNoPlacesIsRefused() {
        openNewTerm();
        for (String field : new String[] {"year", "targetPlaces"}) {
            assertThat(browser.find(By.cssSelector("label[for='termForm:" + field + "']")).getText())
                    .as("the required mark of " + field).endsWith("*");
        }
        browser.choose("termForm:season", "HT");
        fill("year", "");
        fill("targetPlaces", "");
        fillDates("2071-08-31", "2072-01-15", "2071-05-15", "2071-05-29");
        browser.find(By.id("termForm:saveTerm")).click();

        browser.waitForMessageBeside("termForm:year", REQUIRED);
        browser.waitForMessageBeside("termForm:targetPlaces", REQUIRED);
        assertThat(browser.find(By.id("termForm:year")).getAttribute("value")).isEmpty();
        assertThat(browser.find(By.id("termForm:targetPlaces")).getAttribute("value")).isEmpty();
        assertThat(browser.timesSaid("Ange minst 2000.")).isZero();

        fill("year", "2071");
        fill("targetPlaces", "0");
        browser.find(By.id("termForm:saveTerm")).click();
        browser.waitForMessageBeside("termForm:targetPlaces", "Ange minst 1.");
        browser.waitForMessageBeside("termForm:year", "");
        assertThat(browser.find(By.id("termForm:targetPlaces")).getAttribute("value")).isEqualTo("0");
    }

    /**
     * Found in exploratory testing: HT2033 was saved with a VFU period in 2035, VT2034 with autumn dates and HT2036
     * with a period to 2041. The period starts in the term's half-year, lasts at most six months, and the deadlines
     * are at most a year before it; once the dates fit, the saved term is said once (not in the dialog as well).
     */
    @Test
    void aTermsDatesMustFitItsNameAndTheSavedTermIsSaidOnce() {
        openNewTerm();
        browser.choose("termForm:season", "HT");
        fill("year", "2073");
        fillDates("2075-08-31", "2076-01-15", "2075-05-15", "2075-05-29");
        browser.find(By.id("termForm:saveTerm")).click();
        browser.waitForMessageBeside("termForm:vfuStart",
                "VFU-perioden för HT2073 ska börja mellan 2073-07-01 och 2073-12-31.");
        assertThat(browser.find(By.id("termForm:vfuStart")).getAttribute("value")).isEqualTo("2075-08-31");

        fillDates("2073-08-31", "2078-01-15", "2071-05-15", "2073-05-29");
        browser.find(By.id("termForm:saveTerm")).click();
        browser.waitForMessageBeside("termForm:vfuEnd", "VFU-perioden får vara högst 6 månader.");
        browser.waitForMessageBeside("termForm:reportingDeadline",
                "Sista datumet får ligga högst 12 månader före VFU-periodens start.");
        browser.waitForMessageBeside("termForm:vfuStart", "");
        assertThat(browser.find(By.id("termForm:vfuEnd")).getAttribute("value")).isEqualTo("2078-01-15");

        fillDates("2073-08-31", "2074-01-15", "2073-05-15", "2073-05-29");
        browser.find(By.id("termForm:saveTerm")).click();
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("termForm:year")));
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Terminen HT2073 är sparad."));
        assertThat(browser.timesSaid("Terminen HT2073 är sparad.")).as("said once, on the page").isEqualTo(1);
        assertThat(browser.find(By.id("termsForm:terms")).getText()).contains("HT2073").contains("2073-08-31 – 2074-01-15");

        browser.openDialog(By.id("termsForm:openTerm"));
        assertThat(browser.timesSaid("Terminen HT2073 är sparad.")).as("not again in the reopened dialog")
                .isLessThanOrEqualTo(1);
        assertThat(browser.find(By.id("termForm")).getText()).doesNotContain("är sparad");
    }

    /**
     * Found in exploratory testing: a target of 1000000000000 became 10000 while typing (the field's maxlength) and was
     * saved so; a year pasted as " 2027" became " 202" and was refused; dates with spaces around them were called
     * invalid. What is typed is now taken as meant (trimmed) or refused beside its field, never changed.
     */
    @Test
    void whatIsTypedIsTrimmedOrRefusedBesideItsFieldButNeverCut() {
        openNewTerm();
        browser.choose("termForm:season", "HT");
        fill("year", " 2077 ");
        fill("targetPlaces", "1000000000000");
        fillDates(" 2077-08-30 ", " 2078-01-14 ", " 2077-05-14 ", " 2077-05-28 ");
        assertThat(value("year")).isEqualTo(" 2077 ");
        assertThat(value("targetPlaces")).isEqualTo("1000000000000");
        assertThat(value("vfuStart")).isEqualTo(" 2077-08-30 ");
        browser.find(By.id("termForm:saveTerm")).click();

        browser.waitForMessageBeside("termForm:targetPlaces", "Ange högst 10 000.");
        assertThat(value("targetPlaces")).isEqualTo("1000000000000");
        assertThat(browser.find(By.id("termForm")).getText()).as("the year and the dates, trimmed, are taken")
                .doesNotContain("Ange ett giltigt datum").doesNotContain("Ange minst 2000.").doesNotContain("Ange ett heltal.");

        fill("targetPlaces", " 120 ");
        browser.find(By.id("termForm:saveTerm")).click();
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Terminen HT2077 är sparad."));
        assertThat(browser.find(By.id("termsForm:terms")).getText())
                .contains("HT2077").contains("2077-08-30 – 2078-01-14").contains("2077-05-14").contains("120");
    }

    private String value(String field) {
        return browser.find(By.id("termForm:" + field)).getAttribute("value");
    }

    private void openNewTerm() {
        browser.logIn("central", PASSWORD);
        browser.open("/central/terms.xhtml");
        browser.openDialog(By.id("termsForm:openTerm"));
    }

    private void fill(String field, String text) {
        browser.find(By.id("termForm:" + field)).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, text);
    }

    private void fillDates(String vfuStart, String vfuEnd, String reportingDeadline, String requestDeadline) {
        fill("vfuStart", vfuStart);
        fill("vfuEnd", vfuEnd);
        fill("reportingDeadline", reportingDeadline);
        fill("requestDeadline", requestDeadline);
    }
}
