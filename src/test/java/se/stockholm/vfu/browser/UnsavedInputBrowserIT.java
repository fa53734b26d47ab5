package se.stockholm.vfu.browser;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.stockholm.vfu.config.DemoData;
import se.stockholm.vfu.it.Deployments;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Switching language reloads the page as the server last rendered it: typed input that is not saved would be lost.
 * The switch asks first when the page holds such input, and only then (a table's search is not such input, and a page
 * as it was loaded never asks).
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class UnsavedInputBrowserIT {

    private static final String NEW_PASSWORD = "passwordForm:newPassword";
    private static final String RECORD_ID = "auditForm:recordId";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @Test
    void switchingLanguageWithTypedInputAsksFirstAndKeepsItWhenTheUserStays() {
        browser.logIn("admin", DemoData.DEMO_PASSWORD);
        browser.open("/password.xhtml");
        browser.find(By.id(NEW_PASSWORD)).sendKeys("a-new-password-long-enough");
        browser.find(By.id("header:lang-en")).click();
        Alert question = Browser.waitUp(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
        assertThat(question.getText()).isEqualTo("Det du har skrivit på sidan är inte sparat och försvinner om du byter språk."
                + " Byta språk ändå?");
        question.dismiss();
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).as("the page stays in Swedish").isEqualTo("sv");
        assertThat(browser.find(By.id(NEW_PASSWORD)).getAttribute("value")).as("what was typed stays")
                .isEqualTo("a-new-password-long-enough");

        browser.switchLanguageLosingInput("en");
        browser.switchLanguage("sv");
    }

    /**
     * A form the server refused comes back with what was typed as the values it rendered: the page alone cannot tell
     * that input from saved values, and the switch did not ask. It asks until the form is sent again and saved.
     */
    @Test
    void switchingLanguageAfterARefusedSubmitAsksUntilTheFormIsSaved() {
        browser.logIn("admin", DemoData.DEMO_PASSWORD);
        browser.open("/central/audit.xhtml");
        browser.find(By.id(RECORD_ID)).sendKeys("abc");
        browser.click(By.id("auditForm:filter"));
        browser.waitForMessageBeside(RECORD_ID, "Post-id ska vara ett heltal.");
        assertThat(browser.find(By.id(RECORD_ID)).getAttribute("value")).as("what was typed, as the server rendered it")
                .isEqualTo("abc");

        browser.find(By.id("header:lang-en")).click();
        Browser.waitUp(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).dismiss();
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).as("the page stays in Swedish").isEqualTo("sv");
        assertThat(browser.find(By.id(RECORD_ID)).getAttribute("value")).as("what was typed stays").isEqualTo("abc");

        WebElement refused = browser.find(By.id(RECORD_ID));
        refused.clear();
        refused.sendKeys("12");
        browser.click(By.id("auditForm:filter"));
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector("[id='" + RECORD_ID + "'] ~ .ui-message-error")).isEmpty());
        assertThat(unsaved()).as("the form sent again and not refused").isFalse();
        browser.switchLanguage("en");
        browser.switchLanguage("sv");
    }

    /** The same after a form sent without ajax, answered with the whole page and an error beside a field. */
    @Test
    void switchingLanguageAfterAWholePageCameBackRefusedAsksFirst() {
        browser.logIn("central", DemoData.DEMO_PASSWORD);
        browser.open("/central/network-documents.xhtml");
        WebElement title = browser.find(By.id("documentForm:title"));
        title.sendKeys("Ett dokument utan fil");
        browser.click(By.id("documentForm:upload"));
        browser.waitUntilReplaced(title, Duration.ofSeconds(30));
        browser.waitForMessageBeside("documentForm:file", "Välj en fil att ladda upp.");
        assertThat(browser.find(By.id("documentForm:title")).getAttribute("value")).as("what was typed, as rendered")
                .isEqualTo("Ett dokument utan fil");

        browser.find(By.id("header:lang-en")).click();
        Browser.waitUp(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).dismiss();
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).as("the page stays in Swedish").isEqualTo("sv");
    }

    /**
     * A form refused as it was rendered holds nothing the user typed (Save on an empty new place: every field refused
     * as required, the rest holding their defaults): nothing to lose, so the switch does not ask. It asked, as after
     * any refusal. Typed into, the same form still asks. (The dialog is modal: what the switch would ask is read while
     * it is open; closing it leaves nothing shown to ask about.)
     */
    @Test
    void anEmptyNewPlaceRefusedHoldsNothingToAskAbout() {
        browser.logIn("sodermalm", DemoData.DEMO_PASSWORD);
        browser.find(By.id("header:nav-places")).click();
        browser.openDialog(By.id("placesForm:newPlace"));
        browser.click(By.id("placeForm:savePlace"));
        browser.waitForMessageBeside("placeForm:unit", "Fältet måste fyllas i.");
        assertThat(unsaved()).as("a form refused with nothing typed").isFalse();

        browser.find(By.id("placeForm:notes")).sendKeys("Typed, then refused");
        browser.click(By.id("placeForm:savePlace"));
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector("[id='placeForm:notes'][data-refused-input]")).size() == 1);
        assertThat(unsaved()).as("a form refused with something typed").isTrue();
    }

    /** An empty form refused by ajax, outside a dialog: the switch goes through without a question. */
    @Test
    void switchingLanguageAfterAnEmptyFormWasRefusedDoesNotAsk() {
        browser.logIn("admin", DemoData.DEMO_PASSWORD);
        browser.open("/password.xhtml");
        browser.click(By.id("passwordForm:savePassword"));
        browser.waitForMessageBeside("passwordForm:currentPassword", "Fältet måste fyllas i.");
        assertThat(unsaved()).as("a form refused with nothing typed").isFalse();
        // the plain switch fails on a question
        browser.switchLanguage("en");
    }

    /** The same for a form sent without ajax and answered with the whole page: sent empty, it comes back not asking. */
    @Test
    void switchingLanguageAfterAnEmptyFormCameBackWholeDoesNotAsk() {
        browser.logIn("central", DemoData.DEMO_PASSWORD);
        browser.open("/central/network-documents.xhtml");
        WebElement title = browser.find(By.id("documentForm:title"));
        browser.click(By.id("documentForm:upload"));
        browser.waitUntilReplaced(title, Duration.ofSeconds(30));
        browser.waitForMessageBeside("documentForm:title", "Fältet måste fyllas i.");
        assertThat(unsaved()).as("a form refused with nothing typed").isFalse();
        browser.switchLanguage("en");
    }

    @Test
    void aTablesSearchIsNotInputToKeep() {
        browser.logIn("admin", DemoData.DEMO_PASSWORD);
        browser.open("/admin/users.xhtml");
        WebElement search = browser.find(By.cssSelector("input[id$='globalFilter']"));
        search.sendKeys("central");
        assertThat(unsaved()).as("a typed search").isFalse();
        browser.switchLanguage("en");
        browser.switchLanguage("sv");
    }

    /** No page of any role's menu asks as it was loaded: only typing makes a page ask. */
    @Test
    void noPageAsksBeforeAnythingIsTyped() {
        List<String> asking = new ArrayList<>();
        for (String user : List.of("central", "sodermalm", "su", "admin")) {
            browser.logIn(user, DemoData.DEMO_PASSWORD);
            browser.find(By.id("header:logout"));
            Set<String> pages = new LinkedHashSet<>();
            for (WebElement link : browser.driver().findElements(By.cssSelector("nav.portal-nav a[href], .header-tools a[href]"))) {
                String href = link.getAttribute("href");
                if (href != null && href.startsWith(base.toString()) && !href.contains("#")) {
                    pages.add(href.substring(base.toString().length() - 1));
                }
            }
            assertThat(pages).as("%s's menu", user).hasSizeGreaterThan(5);
            for (String page : pages) {
                browser.open(page);
                browser.find(By.id("header:logout"));
                if (unsaved()) {
                    asking.add(user + " " + page);
                }
            }
            browser.signOut();
        }
        assertThat(asking).as("pages that would ask before anything is typed").isEmpty();
    }

    private boolean unsaved() {
        return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript("return VfuUnsaved.any();");
    }
}
