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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import se.stockholm.vfu.config.DemoData;
import se.stockholm.vfu.it.Deployments;

import java.net.URL;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What axe cannot check of the forms and focus (WCAG 2.1 AA): fields' borders and focus rings stand out 3:1 from
 * what is around them (1.4.11, 2.4.7), a refused form puts the focus on its first field in error (2.4.3), and a field
 * says that it is required, in error, and what its hint says (1.3.1, 3.3.1, 3.3.2).
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class FormFocusBrowserIT {

    /**
     * Contrast of colours (WCAG's formula) and the colour behind an element (the first ancestor with a background of
     * its own, else white).
     */
    private static final String CONTRAST = """
            const lum = c => { const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map(v => {
                    v = v / 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
            const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
                return Math.round((x + 0.05) / (y + 0.05) * 100) / 100; };
            const behind = el => { for (let e = el; e; e = e.parentElement) {
                    const bg = getComputedStyle(e).backgroundColor;
                    if (bg && bg !== 'transparent' && !/rgba\\(.*, 0\\)$/.test(bg)) { return bg; } }
                return 'rgb(255, 255, 255)'; };
            """;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @Test
    @SuppressWarnings("unchecked")
    void fieldsBordersStandOutFromWhatIsAroundThem() {
        browser.logIn("admin", DemoData.DEMO_PASSWORD);
        for (String page : List.of("/password.xhtml", "/admin/users.xhtml")) {
            browser.open(page);
            browser.find(By.id("header:logout"));
            List<String> faint = (List<String>) js().executeScript(CONTRAST + """
                    return Array.from(document.querySelectorAll('main .ui-inputfield:not(.ui-selectonemenu-label), '
                            + 'main .ui-selectonemenu, main select, main textarea'))
                        .filter(e => e.getClientRects().length > 0 && !e.closest('.ui-helper-hidden-accessible'))
                        .map(e => [e.id || e.className, ratio(getComputedStyle(e).borderTopColor, behind(e.parentElement))])
                        .filter(([, r]) => r < 3).map(([id, r]) => id + ' ' + r + ':1');""");
            assertThat(faint).as("fields whose border is under 3:1 on %s", page).isEmpty();
        }
    }

    @Test
    void focusRingsStandOutFromWhatIsAroundThem() {
        browser.logIn("admin", DemoData.DEMO_PASSWORD);
        browser.find(By.id("header:logout"));
        String ring = CONTRAST + """
                const el = arguments[0]; el.focus();
                const s = getComputedStyle(el);
                const colour = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 ? s.outlineColor
                    : (s.boxShadow.match(/rgba?\\([^)]*\\)/) || ['rgb(255, 255, 255)'])[0];
                const around = s.outlineStyle !== 'none' && s.boxShadow.match(/rgba?\\([^)]*\\)/)
                    ? s.boxShadow.match(/rgba?\\([^)]*\\)/)[0] : behind(s.outlineStyle !== 'none' ? el.parentElement : el);
                return ratio(colour, around);""";
        Object link = js().executeScript("return Array.from(document.querySelectorAll('main a[href]'))"
                + ".find(a => a.getClientRects().length > 0);");
        assertThat(link).as("a link in the page's content").isNotNull();
        assertThat((Number) js().executeScript(ring, link)).as("a link's focus ring in the content").satisfies(
                r -> assertThat(r.doubleValue()).isGreaterThanOrEqualTo(3));
        assertThat((Number) js().executeScript(ring, driver().findElement(By.cssSelector("a.skip-link"))))
                .as("the skip link's focus ring").satisfies(r -> assertThat(r.doubleValue()).isGreaterThanOrEqualTo(3));
        assertThat((Number) js().executeScript(ring, browser.find(By.id("header:nav-password"))))
                .as("a header link's focus ring").satisfies(r -> assertThat(r.doubleValue()).isGreaterThanOrEqualTo(3));
        browser.open("/admin/users.xhtml");
        assertThat((Number) js().executeScript(ring, browser.find(By.cssSelector("th.ui-sortable-column"))))
                .as("a sortable column's focus ring").satisfies(r -> assertThat(r.doubleValue()).isGreaterThanOrEqualTo(3));
    }

    @Test
    void aRefusedDialogPutsTheFocusOnItsFirstFieldInError() {
        browser.logIn("admin", DemoData.DEMO_PASSWORD);
        browser.open("/admin/users.xhtml");
        browser.openDialog(By.id("usersForm:newUser"));
        browser.waitForFocus("createForm:username");
        assertThat(browser.find(By.id("createForm:username")).getAttribute("aria-required")).isEqualTo("true");
        assertThat(browser.find(By.id("createForm:role_label")).getAttribute("aria-required")).isEqualTo("true");
        assertThat(browser.find(By.cssSelector("#createForm .required-legend")).getText())
                .isEqualTo("* = obligatoriskt fält");
        js().executeScript("document.getElementById('createForm:saveUser').focus();");
        press(Keys.ENTER);
        browser.waitForMessageBeside("createForm:role", "Fältet måste fyllas i.");
        browser.waitForFocus("createForm:username");
        assertThat(browser.find(By.id("createForm:role_label")).getAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    void aWrongCurrentPasswordIsSaidInErrorAndGetsTheFocus() {
        browser.logIn("admin", DemoData.DEMO_PASSWORD);
        browser.switchLanguage("en");
        browser.open("/password.xhtml");
        assertThat(browser.find(By.id("passwordForm:newPassword")).getAttribute("aria-describedby")).contains("policy");
        assertThat(browser.find(By.cssSelector("#passwordForm .required-legend")).getText()).isEqualTo("* = required field");
        browser.find(By.id("passwordForm:currentPassword")).sendKeys("not-the-password-at-all");
        browser.find(By.id("passwordForm:newPassword")).sendKeys("a-new-password-long-enough");
        browser.find(By.id("passwordForm:repeatPassword")).sendKeys("a-new-password-long-enough");
        js().executeScript("document.getElementById('passwordForm:savePassword').focus();");
        press(Keys.ENTER);
        browser.waitForFocus("passwordForm:currentPassword");
        assertThat(browser.find(By.id("passwordForm:currentPassword")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(By.id("passwordForm:newPassword")).getAttribute("aria-describedby")).contains("policy");
    }

    /** The header's top row (term, notifications, password, language, sign out) comes before the menu below it. */
    @Test
    void theHeaderIsTabbedThroughInTheOrderItIsShown() {
        browser.logIn("central", DemoData.DEMO_PASSWORD);
        browser.find(By.id("header:logout"));
        js().executeScript("document.querySelector('#header a.brand').focus();");
        press(Keys.TAB);
        assertThat((Boolean) js().executeScript("return document.activeElement.closest('.header-tools') !== null;"))
                .as("the stop after the portal's name is in the top row, not the menu below").isTrue();
        for (int tab = 0; tab < 20 && !"header:logout".equals(driver().switchTo().activeElement().getAttribute("id")); tab++) {
            press(Keys.TAB);
        }
        press(Keys.TAB);
        assertThat((Boolean) js().executeScript("return document.activeElement.closest('nav.portal-nav') !== null;"))
                .as("the menu follows the top row's sign-out button").isTrue();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver();
    }

    private WebDriver driver() {
        return browser.driver();
    }

    private void press(CharSequence key) {
        new Actions(driver()).sendKeys(key).perform();
    }
}
