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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.stockholm.vfu.config.DemoData;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1 AA in a real browser, two ways.
 * <p>
 * <b>axe-core on every main page</b>: each demo role signs in once per language, and every page its header links to
 * (collected from the header after sign-in, so a new menu entry is checked without touching this test), its landing
 * page, the sign-in page and the error pages (not found, another role's page, a failure with its reference) are run
 * through axe-core ({@link Axe}) with the WCAG 2.0/2.1 A and AA rules, in Swedish and
 * in English. A critical or serious violation fails the test, listed by page, language, rule and element. Every
 * violation, whatever its impact, is also written to {@code target/accessibility/<role>.tsv} (the figures of
 * docs/accessibility.md).
 * <p>
 * <b>Keyboard-only journeys</b>: signing in, a district contact reporting a place and confirming an offered placement,
 * with nothing but TAB, SHIFT+TAB, ENTER, SPACE, ESCAPE, arrow keys and typed text; at every stop the focused element
 * must show that it has the focus. Their data are in terms HT2053 and HT2054 ({@code it.AccessibilityFixtures}).
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class AccessibilityBrowserIT {

    private static final Pattern FILE_DOWNLOADS = Pattern.compile(".*\\.(csv|xlsx|pdf|ics|json)(\\?.*)?$");
    /** How many TABs a journey may take to reach the next control before it counts as unreachable. */
    private static final int MAX_TABS = 120;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @Test
    void theCentralContactsPagesHaveNoSeriousViolations() {
        assertNoSeriousViolations("central");
    }

    @Test
    void aDistrictContactsPagesHaveNoSeriousViolations() {
        assertNoSeriousViolations("sodermalm");
    }

    @Test
    void aUniversityCoordinatorsPagesHaveNoSeriousViolations() {
        assertNoSeriousViolations("su");
    }

    @Test
    void theAdministratorsPagesHaveNoSeriousViolations() {
        assertNoSeriousViolations("admin");
    }

    @Test
    void theSignInPageHasNoSeriousViolationsInEitherLanguage() {
        List<String> found = new ArrayList<>();
        browser.open("/login.xhtml");
        browser.find(By.id("j_username"));
        found.addAll(scan("signed-out", "sv"));
        browser.switchLanguage("en");
        found.addAll(scan("signed-out", "en"));
        report("signed-out", found);
        assertThat(serious(found)).as("axe %s on the sign-in page", Axe.version(driver())).isEmpty();
    }

    @Test
    void theErrorPagesHaveNoSeriousViolationsInEitherLanguage() {
        List<String> found = new ArrayList<>();
        for (String language : List.of("sv", "en")) {
            signIn("central", language);
            // not found, another role's page, and a failure nobody expected (test deployments only), with its reference
            for (String page : List.of("/no-such-page.xhtml", "/district/places.xhtml", "/it-failing.xhtml")) {
                browser.open(page);
                browser.find(By.id("error-heading"));
                assertPageLanguage(page, language);
                if (page.equals("/it-failing.xhtml")) {
                    assertThat(browser.text("failure-reference")).as("the 500 page's reference")
                            .containsPattern(Fixtures.FAILURE_REFERENCE);
                }
                found.addAll(scan(page, language));
            }
        }
        report("error-pages", found);
        assertThat(serious(found)).as("axe %s on the error pages", Axe.version(driver())).isEmpty();
    }

    /**
     * A date picker's calendar is named in the page's language for a screen reader: on a Swedish page its days are
     * "13 december" and its buttons "Nästa månad" (they were "December 13" and "Next Month": PrimeFaces has only its
     * English texts built in; js/locale-sv.js), on an English page they stay English.
     */
    @Test
    void theDatePickersCalendarIsNamedInThePagesLanguage() {
        LocalDate today = LocalDate.now();
        for (String language : List.of("sv", "en")) {
            signIn("central", language);
            browser.open("/central/audit.xhtml");
            browser.find(By.id("auditForm:from_input")).click();
            Browser.waitUp(driver(), Duration.ofSeconds(15)).withMessage("the calendar")
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("auditForm:from_panel")));
            WebElement calendar = browser.find(By.id("auditForm:from_panel"));
            String day = calendar.findElement(By.xpath(".//td[@role='gridcell'][not(contains(@class, "
                    + "'ui-datepicker-other-month'))][normalize-space()='13']")).getAttribute("aria-label");
            String next = calendar.findElement(By.cssSelector(".ui-datepicker-next")).getAttribute("aria-label");
            String previous = calendar.findElement(By.cssSelector(".ui-datepicker-prev")).getAttribute("aria-label");
            String month = today.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Locale.forLanguageTag(language));
            if (language.equals("sv")) {
                assertThat(day).as("a day on a Swedish page").isEqualTo("13 " + month.toLowerCase(Locale.ROOT));
                assertThat(next).isEqualTo("Nästa månad");
                assertThat(previous).isEqualTo("Föregående månad");
                assertThat(calendar.getAttribute("aria-label")).isEqualTo("Välj datum");
                assertThat(calendar.findElement(By.cssSelector("thead th")).getText()).as("the week starts on Monday")
                        .isEqualToIgnoringCase("må");
            } else {
                assertThat(day).as("a day on an English page").isEqualTo(month + " 13");
                assertThat(next).isEqualTo("Next Month");
                assertThat(previous).isEqualTo("Previous Month");
                assertThat(calendar.getAttribute("aria-label")).isEqualTo("Choose Date");
            }
        }
    }

    // ---- keyboard-only journeys ----

    @Test
    void signingInWithTheKeyboardOnly() {
        browser.open("/");
        browser.find(By.id("j_username"));
        // the page puts the focus in the username field
        tabTo("#j_username");
        type("rinkeby");
        tabTo("#j_password");
        type(DemoData.DEMO_PASSWORD);
        tabTo("#login-submit");
        press(Keys.ENTER);

        assertThat(browser.text("current-role")).isEqualTo("Kontaktperson stadsdelsförvaltning");
        // the skip link is the first stop and moves the focus to the content
        press(Keys.TAB);
        assertThat(focused()).isEqualTo("a.skip-link");
        press(Keys.ENTER);
        assertThat(focused()).isEqualTo("main#main");
        browser.screenshot("keyboard-signed-in");
    }

    @Test
    void aDistrictContactReportsAPlaceWithTheKeyboardOnly() throws Exception {
        JsonObject scenario = scenario();
        browser.signInWithTerm(Fixtures.RINKEBY, Fixtures.PASSWORD, scenario.getString("reportingTerm"));
        tabTo("#header\\:nav-places");
        press(Keys.ENTER);
        long before = Long.parseLong(browser.text("places-total"));

        tabTo("#placesForm\\:newPlace");
        press(Keys.ENTER);
        waitFor("#placeForm\\:unit_label");
        tabTo("#placeForm\\:unit_label");
        // the menu selects the first item starting with what is typed (a space would open the menu)
        type(scenario.getString("unit").split(" ")[0]);
        waitUntil(() -> browser.find(By.id("placeForm:unit_label")).getText().startsWith(scenario.getString("unit")));
        // choosing the unit fills in its area by ajax
        waitUntil(() -> !browser.find(By.id("placeForm:area_label")).getText().contains("välj"));
        tabTo("#placeForm\\:places_input");
        type("2");
        tabTo("#placeForm\\:savePlace");
        browser.screenshot("keyboard-place-form");
        press(Keys.ENTER);

        waitUntil(() -> browser.text("places-total").equals(Long.toString(before + 2)));
        assertThat(browser.find(By.id("placesForm:places")).getText()).contains(scenario.getString("unit"));
        browser.screenshot("keyboard-place-reported");

        // the dialog opens again from the keyboard and Escape closes it, giving the focus back to the page
        tabTo("#placesForm\\:newPlace");
        press(Keys.SPACE);
        waitFor("#placeForm\\:unit_label");
        // Escape closes the dialog once it is shown (its opening ajax and animation can take a while under load)
        Browser.waitUp(driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("placeDialog")));
        waitUntil(() -> Boolean.TRUE.equals(((JavascriptExecutor) driver()).executeScript(
                "return !(window.jQuery && jQuery.active) && !jQuery('#placeDialog').is(':animated');")));
        press(Keys.ESCAPE);
        Browser.waitUp(driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("placeDialog")));
        assertThat(Long.parseLong(browser.text("places-total"))).isEqualTo(before + 2);
    }

    @Test
    void aDistrictContactConfirmsAnOfferedPlacementWithTheKeyboardOnly() throws Exception {
        JsonObject scenario = scenario();
        String student = scenario.getString("student");
        browser.signInWithTerm(Fixtures.RINKEBY, Fixtures.PASSWORD, scenario.getString("confirmingTerm"));
        tabTo("#header\\:nav-placements");
        press(Keys.ENTER);
        browser.find(By.id("placementsForm:placements"));

        tabUntil("the confirm button of " + student, """
                const el = document.activeElement;
                const row = el && el.closest('tr');
                return el.tagName === 'BUTTON' && el.textContent.trim() === 'Bekräfta' && row != null
                    && row.textContent.includes(arguments[0]);""", student);
        press(Keys.ENTER);
        waitFor("#confirmForm\\:supervisor_label");
        tabTo("#confirmForm\\:supervisor_label");
        type("A11y");
        waitUntil(() -> browser.find(By.id("confirmForm:supervisor_label")).getText().startsWith("A11y Handledare"));
        tabTo("#confirmForm\\:confirmPlacement");
        browser.screenshot("keyboard-confirm-dialog");
        press(Keys.ENTER);

        Browser.waitUp(driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Placeringen är bekräftad"));
        String row = driver().findElements(By.cssSelector("[id='placementsForm:placements'] tr")).stream()
                .map(r -> r.getText()).filter(text -> text.contains(student)).findFirst().orElseThrow();
        assertThat(row).contains("Bekräftad").contains("A11y Handledare");
        browser.screenshot("keyboard-placement-confirmed");
    }

    @Test
    void aDistrictContactDeclinesAnOfferedPlacementWithAReasonWithTheKeyboardOnly() throws Exception {
        JsonObject scenario = scenario();
        String student = scenario.getString("student");
        String reason = "Handledaren är sjukskriven " + System.nanoTime();
        browser.signInWithTerm(Fixtures.RINKEBY, Fixtures.PASSWORD, scenario.getString("confirmingTerm"));
        tabTo("#header\\:nav-placements");
        press(Keys.ENTER);
        browser.find(By.id("placementsForm:placements"));

        tabUntil("the decline button of " + student, """
                const el = document.activeElement;
                const row = el && el.closest('tr');
                return el.tagName === 'BUTTON' && el.textContent.trim() === 'Avböj' && row != null
                    && row.textContent.includes(arguments[0]);""", student);
        press(Keys.ENTER);
        waitFor("#reasonForm\\:reason");
        waitUntil(() -> browser.find(By.id("reasonForm")).getText().contains(student));
        tabTo("#reasonForm\\:reason");
        type(reason);
        tabTo("#reasonForm\\:submitReason");
        press(Keys.ENTER);

        Browser.waitUp(driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Placeringen är avböjd"));
        String row = driver().findElements(By.cssSelector("[id='placementsForm:placements'] tr")).stream()
                .map(r -> r.getText()).filter(text -> text.contains(student)).findFirst().orElseThrow();
        assertThat(row).contains("Avböjd").contains(reason);
    }

    // ---- axe ----

    /** Signed in afresh as the demo user, in Swedish or in English. */
    private void signIn(String username, String language) {
        browser.signOut();
        browser.logIn(username, DemoData.DEMO_PASSWORD);
        if (language.equals("en")) {
            browser.switchLanguage("en");
        }
    }

    private void assertPageLanguage(String page, String language) {
        assertThat(driver().findElement(By.tagName("html")).getAttribute("lang")).as(page).isEqualTo(language);
    }

    private void assertNoSeriousViolations(String username) {
        List<String> found = new ArrayList<>();
        for (String language : List.of("sv", "en")) {
            signIn(username, language);
            Set<String> pages = new LinkedHashSet<>();
            pages.add(browser.path());
            pages.addAll(headerLinks());
            for (String page : pages) {
                browser.open(page);
                browser.find(By.id("header:logout"));
                assertPageLanguage(page, language);
                assertMenusNamedByTheirLabels(page);
                found.addAll(scan(page, language));
            }
            assertThat(pages).as("pages of %s", username).hasSizeGreaterThan(10);
        }
        report(username, found);
        assertThat(serious(found)).as("axe %s, critical and serious violations of %s's pages", Axe.version(driver()),
                username).isEmpty();
    }

    /**
     * Every select menu is named by its label (or its column's title), not by the option it shows: PrimeFaces names
     * its combobox by its value, which axe accepts as a name, so it is checked here (js/menu-names.js).
     */
    @SuppressWarnings("unchecked")
    private void assertMenusNamedByTheirLabels(String page) {
        List<String> unnamed = (List<String>) ((JavascriptExecutor) driver()).executeScript("""
                return Array.from(document.querySelectorAll('.ui-selectonemenu-label[role=combobox]')).filter(span => {
                    const namer = document.getElementById(span.getAttribute('aria-labelledby') || '');
                    return !namer || namer.textContent.trim() === '';
                }).map(span => span.id + ' named "' + (span.getAttribute('aria-label') || '') + '"');""");
        assertThat(unnamed).as("select menus on %s without a label for their name", page).isEmpty();
    }

    /** Every page the header links to, as paths, without file downloads and the language switch. */
    @SuppressWarnings("unchecked")
    private List<String> headerLinks() {
        List<String> hrefs = (List<String>) ((JavascriptExecutor) driver()).executeScript("""
                return Array.from(document.querySelectorAll('#header a[href]'))
                    .map(a => a.href).filter(h => h.startsWith(location.origin) && !h.includes('#'))
                    .map(h => h.substring(location.origin.length));""");
        return hrefs.stream().filter(h -> !FILE_DOWNLOADS.matcher(h).matches()).distinct().toList();
    }

    /**
     * The page's violations as lines: page, language, impact, rule, nodes and their selectors; a page without any gets
     * one line of impact "none", so that the report also counts the pages that passed.
     */
    private List<String> scan(String page, String language) {
        List<String> lines = Axe.run(driver()).stream()
                .map(v -> String.join("\t", page, language, v.impact(), v.rule(), Integer.toString(v.targets().size()),
                        String.join(" | ", v.targets())))
                .toList();
        return lines.isEmpty() ? List.of(String.join("\t", page, language, "none", "-", "0", "")) : lines;
    }

    private static List<String> serious(List<String> lines) {
        return lines.stream().filter(l -> {
            String impact = l.split("\t")[2];
            return impact.equals("serious") || impact.equals("critical");
        }).toList();
    }

    private static void report(String name, List<String> lines) {
        Path dir = Path.of("target", "accessibility");
        try {
            Files.createDirectories(dir);
            List<String> out = new ArrayList<>();
            out.add("page\tlanguage\timpact\trule\tnodes\ttargets");
            out.addAll(lines);
            Files.write(dir.resolve(name + ".tsv"), out);
        } catch (IOException notWritten) {
            throw new UncheckedIOException(notWritten);
        }
    }

    // ---- keyboard ----

    private JsonObject scenario() throws Exception {
        Http http = new Http(base.toURI());
        return Http.object(http.send(HttpRequest.newBuilder(http.uri("api/it/accessibility-scenario"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD));
    }

    private WebDriver driver() {
        return browser.driver();
    }

    private void press(CharSequence key) {
        new Actions(driver()).sendKeys(key).perform();
    }

    private void type(String text) {
        new Actions(driver()).sendKeys(text).perform();
    }

    private void waitFor(String css) {
        Browser.waitUp(driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    private void waitUntil(BooleanSupplier condition) {
        Browser.waitUp(driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    /** Presses TAB until the element the selector names has the focus; every stop on the way must show its focus. */
    private void tabTo(String css) {
        tabUntil(css, "return document.activeElement != null && document.activeElement.matches(arguments[0]);", css);
    }

    private void tabUntil(String what, String condition, Object argument) {
        JavascriptExecutor js = (JavascriptExecutor) driver();
        for (int tabs = 0; tabs <= MAX_TABS; tabs++) {
            // an ajax update may still be replacing the focused element: give it a moment before judging
            for (int wait = 0; wait < 10 && Boolean.TRUE.equals(js.executeScript("return !!(window.jQuery && jQuery.active);"));
                    wait++) {
                sleep();
            }
            if (Boolean.TRUE.equals(js.executeScript(condition, argument))) {
                assertFocusShown();
                return;
            }
            if (tabs > 0) {
                assertFocusShown();
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Not reached with " + MAX_TABS + " TABs: " + what + " (focus on " + focused() + ")");
    }

    /** A short description of the focused element: tag, id and classes. */
    private String focused() {
        return (String) ((JavascriptExecutor) driver()).executeScript("""
                const el = document.activeElement;
                if (!el) { return 'nothing'; }
                return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                    + (el.className && typeof el.className === 'string' && !el.id ? '.' + el.className.trim().split(/\\s+/)[0] : '');""");
    }

    /**
     * The focused element shows its focus: an outline or a box shadow on it or, for PrimeFaces widgets whose focusable
     * part sits inside a wrapper, on the widget around it (PrimeFaces marks that one ui-state-focus).
     */
    private void assertFocusShown() {
        String problem = (String) ((JavascriptExecutor) driver()).executeScript("""
                const el = document.activeElement;
                if (!el || el === document.body) { return null; }
                const candidates = [el];
                for (let up = el.parentElement, level = 0; up && level < 4; up = up.parentElement, level++) {
                    if (up.classList.contains('ui-state-focus')) { candidates.push(up); }
                }
                const shown = candidates.some(c => {
                    const s = getComputedStyle(c);
                    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
                        || (s.boxShadow && s.boxShadow !== 'none');
                });
                return shown ? null : el.outerHTML.substring(0, 200);""");
        assertThat(problem).as("focus not visible on %s", focused()).isNull();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
