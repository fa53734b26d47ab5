package se.stockholm.vfu.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A browser test's view of the run's one headless Chromium ({@link BrowserExtension} owns it and hands each test a
 * signed-out one), at the portal's URL.
 */
public final class Browser {

    private static final Pattern SCHEME_AND_HOST = Pattern.compile("^https?://[^/]+");
    /**
     * How often a wait looks again. WebDriver's default is every 500 ms, so a test slept up to half a second after
     * every ajax update it waited for; looking costs one small request to chromedriver.
     */
    private static final Duration POLL = Duration.ofMillis(100);
    /** The window every browser test starts with. */
    static final int WINDOW_WIDTH = 1280;
    static final int WINDOW_HEIGHT = 1000;

    private final WebDriver driver;
    private final URL base;
    /** The id of the button that opened the history dialog shown last: the focus goes back to it. */
    private String historyOpenerId;

    Browser(WebDriver driver, URL base) {
        this.driver = driver;
        this.base = base;
    }

    /** A wait of at most {@code timeout} that looks every {@link #POLL}. */
    public static WebDriverWait waitUp(WebDriver driver, Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.pollingEvery(POLL);
        return wait;
    }

    public Browser open(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
        return this;
    }

    /**
     * Signed out: leaves the page first, so none of its requests lands in the next session as the page to return to,
     * then deletes the cookies on the portal's own origin (about:blank has none).
     */
    public Browser signOut() {
        driver.get("about:blank");
        open("/api/health");
        driver.manage().deleteAllCookies();
        return this;
    }

    public Browser logIn(String username, String password) {
        open("/");
        driver.findElement(By.id("j_username")).sendKeys(username);
        driver.findElement(By.id("j_password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        // Signed in once the portal's header shows a logout button; refused once the login message shows.
        waitUp(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id("header:logout")).isEmpty()
                        || !d.findElements(By.id("login-error")).isEmpty());
        return this;
    }

    /** Signs out, signs in, and works in the term from then on. */
    public Browser signInWithTerm(String username, String password, String term) {
        signOut();
        logIn(username, password);
        return switchTerm(term);
    }

    /**
     * Chooses the term in the header's menu for the whole session and waits for the page to come back in it. The
     * choice goes through PrimeFaces' own widget and fires the change as a click on an item does (a real click could
     * be lost while the menu's panel still moved under a loaded machine); the change reloads the page.
     */
    public Browser switchTerm(String term) {
        WebElement pageBefore = find(By.tagName("html"));
        if (find(By.id("header:term_label")).getText().equals(term)) {
            // already the session's term (the earliest term in preparation): choosing it again reloads nothing
            return this;
        }
        ((JavascriptExecutor) driver).executeScript("""
                const select = document.getElementById('header:term_input');
                const option = Array.from(select.options).find(o => o.text === arguments[0]);
                const menu = Object.values(PrimeFaces.widgets).find(w => w && w.id === 'header:term');
                menu.selectValue(option.value);
                menu.triggerChange();""", term);
        waitUntilReplaced(pageBefore, Duration.ofSeconds(60));
        waitUp(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(d -> d.findElement(By.id("header:term_label")).getText().equals(term));
        return this;
    }

    /**
     * Switches the portal's language in the header ({@code "sv"} or {@code "en"}) and waits until the page has come back
     * in it: reading the page before would find the old one (or, while it unloads, a stale or detached element).
     */
    public Browser switchLanguage(String language) {
        find(By.id("header:lang-" + language)).click();
        waitUp(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        return this;
    }

    /**
     * As {@link #switchLanguage}, on a page with input not saved (a form the server refused): the switch asks before it
     * loses it, and the user answers yes. (The plain switch fails on such a page, so a question where none belongs is
     * never answered unseen.)
     */
    public Browser switchLanguageLosingInput(String language) {
        find(By.id("header:lang-" + language)).click();
        waitUp(driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
        waitUp(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        return this;
    }

    /**
     * Picks the item of a PrimeFaces select menu whose label starts with the text, and waits until the menu shows it.
     * A click that lands while a dialog or another menu's panel is still moving is lost (the item only highlights),
     * so this opens the menu and clicks the shown item again until the menu shows the choice.
     */
    public void choose(String menuId, String label) {
        By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label^='" + label + "']");
        waitUp(driver, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(700))
                .ignoring(WebDriverException.class)
                .until(d -> {
                    if (d.findElement(By.id(menuId + "_label")).getText().startsWith(label)) {
                        return true;
                    }
                    // after a dialog's update the menu's panel may be in the page twice, the old copy hidden
                    for (WebElement choice : d.findElements(item)) {
                        if (choice.isDisplayed()) {
                            choice.click();
                            return false;
                        }
                    }
                    d.findElement(By.id(menuId)).click();
                    return false;
                });
        waitUp(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(d -> d.findElements(item).stream().noneMatch(WebElement::isDisplayed));
    }

    /**
     * Clicks what opens a dialog and waits until the dialog has the focus. PrimeFaces gives the dialog's first field
     * the focus a moment after it shows the dialog: keys typed into another field before that move are cut off (and a
     * date field left half-typed is emptied when it loses the focus).
     */
    public Browser openDialog(By opener) {
        find(opener).click();
        waitUp(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                        const dialog = document.activeElement && document.activeElement.closest('.ui-dialog');
                        return dialog != null && jQuery(dialog).is(':visible');""")));
        return this;
    }

    /**
     * Opens a history dialog (the portal's v:historyDialog) with the button and returns the dialog once it is shown,
     * filled by the update that opened it, with the focus on its close button: nothing in it takes input.
     */
    public WebElement openHistory(By opener, String dialogId) {
        // the row may be re-rendered, or a closing dialog's mask still lie over it, when the click comes
        waitUp(driver, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class).ignoring(ElementClickInterceptedException.class)
                .until(d -> {
                    WebElement button = d.findElement(opener);
                    historyOpenerId = button.getAttribute("id");
                    button.click();
                    return true;
                });
        waitForFocus(dialogId + "Close");
        return find(By.id(dialogId));
    }

    /**
     * Closes a history dialog with its close button, waits until it is hidden and then until the focus is back on the
     * button that opened it (WCAG 2.4.3: a keyboard user goes on from where they were, not from the top of the page).
     */
    public void closeHistory(String dialogId) {
        click(By.id(dialogId + "Close"));
        waitUp(driver, Duration.ofSeconds(15)).until(ExpectedConditions.invisibilityOfElementLocated(By.id(dialogId)));
        waitForFocus(historyOpenerId);
    }

    /**
     * Searches a lazy table with its global filter and waits until it shows exactly one row, which contains the text
     * {@code rowContains}. The filter re-renders the table once typing pauses, and a table re-rendered by the change
     * just saved may replace the filter field under the keys: the search is typed again until the field holds it. It
     * returns once no request of the page is pending, so that no later answer replaces the row under the next click.
     */
    public void searchUntilOneRow(String table, String search, String rowContains) {
        By filter = By.id(table + ":globalFilter");
        find(filter);
        // typed inside the wait: an answer still on its way (the save just before) may replace the field
        waitUp(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    WebElement field = d.findElement(filter);
                    if (!search.equals(field.getAttribute("value"))) {
                        field.clear();
                        field.sendKeys(search);
                        return false;
                    }
                    List<WebElement> rows = d.findElements(By.cssSelector("[id='" + table + "_data'] > tr"));
                    return rows.size() == 1 && rows.get(0).getText().contains(rowContains) && ajaxIdle(d);
                });
    }

    /**
     * Makes the browser's window as wide as a user's (the run's browser is {@link #WINDOW_WIDTH} wide, and each test
     * starts at that width again) and waits until the page has been laid out at it.
     */
    public Browser windowWidth(int width) {
        driver.manage().window().setSize(new Dimension(width, WINDOW_HEIGHT));
        waitUp(driver, Duration.ofSeconds(15)).until(d -> ((Number) ((JavascriptExecutor) d)
                .executeScript("return window.innerWidth;")).intValue() == width);
        return this;
    }

    /** The size every browser test starts with. */
    static void standardWindow(WebDriver driver) {
        Dimension standard = new Dimension(WINDOW_WIDTH, WINDOW_HEIGHT);
        if (!standard.equals(driver.manage().window().getSize())) {
            driver.manage().window().setSize(standard);
        }
    }

    /**
     * What of the element's content does not fit its width and is scrolled to or cut off, in CSS pixels: 0 when
     * everything fits.
     */
    public int overflowingWidth(By element) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].scrollWidth - arguments[0].clientWidth;", find(element))).intValue();
    }

    /**
     * The labels of the form grids (the portal's {@code .form-grid}, a label and its field a row) in the element that
     * are not in the row of their own field or not left of it, each with where it is: empty when every label stands
     * beside its field. A loose text in the grid becomes a cell of its own and moves every label after it.
     */
    public List<String> labelsNotBesideTheirFields(By element) {
        @SuppressWarnings("unchecked")
        List<String> misplaced = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const misplaced = [];
                for (const grid of arguments[0].querySelectorAll('.form-grid')) {
                    const cells = Array.from(grid.children).filter(c => c.getClientRects().length > 0);
                    for (let i = 0; i < cells.length; i += 2) {
                        const label = cells[i].getBoundingClientRect();
                        const field = cells[i + 1] && cells[i + 1].getBoundingClientRect();
                        const beside = field && Math.abs(label.top - field.top) < 2 && label.right <= field.left;
                        if (!beside) {
                            misplaced.push('"' + cells[i].textContent.trim() + '" at ' + Math.round(label.left) + ','
                                    + Math.round(label.top) + (field ? ', its field at ' + Math.round(field.left) + ','
                                    + Math.round(field.top) : ', no field'));
                        }
                    }
                }
                return misplaced;""", find(element));
        return misplaced;
    }

    /** The space between the field's label and the field, in CSS pixels, the label left of it on the same line. */
    public int spaceAfterLabel(String fieldId) {
        return ((Number) ((JavascriptExecutor) driver).executeScript("""
                const field = document.getElementById(arguments[0]);
                const label = document.querySelector("label[for='" + arguments[0] + "']");
                return field.getBoundingClientRect().left - label.getBoundingClientRect().right;""",
                find(By.id(fieldId)).getAttribute("id"))).intValue();
    }

    /** The column headers of the table whose content does not fit their width (cut off), with their text. */
    public List<String> headersCutOff(String tableId) {
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                return Array.from(document.querySelectorAll("[id='" + arguments[0] + "'] thead th"))
                        .filter(th => th.scrollWidth > th.clientWidth)
                        .map(th => th.innerText.trim().split('\\n')[0] + ': ' + th.scrollWidth + ' > ' + th.clientWidth);""",
                tableId);
        return cut;
    }

    /** The title of the dialog (a PrimeFaces dialog's header). */
    public static String dialogTitle(WebElement dialog) {
        return dialog.findElement(By.cssSelector(".ui-dialog-title")).getText().trim();
    }

    /** The dialog's table's column headers. */
    public static List<String> tableHeaders(WebElement dialog) {
        return dialog.findElements(By.cssSelector("thead th")).stream().map(th -> th.getText().trim()).toList();
    }

    /** The dialog's table rows as their text, one a row (the empty message is one row). */
    public static List<String> tableRows(WebElement dialog) {
        return dialog.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText).toList();
    }

    /**
     * Clicks the element once nothing lies over it: a dialog that is still coming up may have its modal mask above
     * its own buttons for a moment (PrimeFaces raises the dialog above the mask as it shows it).
     */
    public void click(By by) {
        find(by);
        waitUp(driver, Duration.ofSeconds(15)).ignoring(ElementClickInterceptedException.class)
                .until(d -> {
                    d.findElement(by).click();
                    return true;
                });
    }

    /**
     * Whether PrimeFaces has no ajax request of the page queued or under way, nor one waiting to be sent: a table's
     * search sends its request once typing pauses (PrimeFaces.debounce), and until then the table may show the rows
     * of what was typed so far, which that request then replaces (a row found in between went stale).
     */
    static boolean ajaxIdle(WebDriver driver) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && !PrimeFaces.debounceTimer);"));
    }

    /**
     * Waits until the element has the focus: e.g. the button that opened a dialog, which PrimeFaces gives the focus
     * back a moment after the dialog closed (a dialog opened before that would lose its focus to the button).
     */
    public void waitForFocus(String id) {
        waitUp(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(d -> id.equals(d.switchTo().activeElement().getAttribute("id")));
    }

    /**
     * Waits until the focus is on the element or on something in it: e.g. an open calendar or list (a PrimeFaces
     * overlay), which takes the focus once it has opened.
     */
    public void waitForFocusWithin(String id) {
        waitUp(driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const e = document.getElementById(arguments[0]); return e != null && e.contains(document.activeElement);",
                id)));
    }

    /**
     * Asserts that the element keeps the focus for the whole duration: nothing that happens a moment later (a closed
     * dialog's late focus return, say) takes it away.
     */
    public void assertFocusStays(String id, Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            String focused = driver.switchTo().activeElement().getAttribute("id");
            if (!id.equals(focused)) {
                throw new AssertionError("the focus left " + id + " for " + focused);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }

    public WebElement find(By by) {
        return waitUp(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** The text of an element once it has some: ajax updates fill elements that already exist. */
    public String textOnceFilled(By by) {
        return waitUp(driver, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    String text = d.findElement(by).getText().trim();
                    return text.isEmpty() ? null : text;
                });
    }

    /** Types {@code value} into a {@code p:inputNumber} in place of what it held, then leaves the field. */
    public void typeNumber(String fieldId, String value) {
        find(By.id(fieldId + "_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, value, Keys.TAB);
    }

    /**
     * Puts a date into a {@code p:datePicker}'s field as if typed, for tests of what the server answers to it. Typing
     * raced with the picker's calendar, which opens on focus and takes the keys typed meanwhile: under load the read
     * log's "to" date was lost, or never arrived, in CI. The field is sent with the form as it stands, so the server
     * reads exactly this text; tests of the picker itself type.
     */
    public void typeDate(String fieldId, String date) {
        ((JavascriptExecutor) driver).executeScript("""
                const field = document.getElementById(arguments[0]);
                field.value = arguments[1];
                field.dispatchEvent(new Event('change', {bubbles: true}));""", fieldId + "_input", date);
        waitUp(driver, Duration.ofSeconds(15)).until(d -> date.equals(d.findElement(By.id(fieldId + "_input"))
                .getAttribute("value")));
    }

    /** What a number field holds, as the user sees it. */
    public String numberIn(String fieldId) {
        return find(By.id(fieldId + "_input")).getAttribute("value");
    }

    /** Waits until the message beside a form field ({@code v:field}'s {@code p:message}) says {@code text}. */
    public void waitForMessageBeside(String fieldId, String text) {
        waitUp(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .withMessage("the message beside " + fieldId + ": " + text)
                .until(d -> spaced(d.findElement(messageSelector(fieldId)).getText().trim()).equals(spaced(text)));
    }

    /** A no-break space (Swedish digit grouping: "100 000") as the space a reader sees. */
    private static String spaced(String text) {
        return text.replace('\u00a0', ' ');
    }

    /** The message beside a form field, once it has one. */
    public String messageBeside(String fieldId) {
        return textOnceFilled(messageSelector(fieldId));
    }

    private static By messageSelector(String fieldId) {
        return By.cssSelector("[id='" + fieldId + "'] ~ .ui-message");
    }

    /**
     * Waits until the element is gone with the page it belonged to. While a page unloads, Chrome may answer with an
     * inspector error ("Node with given id does not belong to the document") instead of "stale": that is retried.
     */
    public void waitUntilReplaced(WebElement element, Duration timeout) {
        waitUp(driver, timeout).ignoring(WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(element));
    }

    public String text(String id) {
        return find(By.id(id)).getText().trim();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * How many times the page shows this text (what is hidden, such as a closed dialog or what a dialog's messages
     * would say behind its own, does not count): a refusal said both in a dialog and on the page behind it is twice.
     */
    public int timesSaid(String text) {
        String page = pageText();
        int times = 0;
        for (int at = page.indexOf(text); at >= 0; at = page.indexOf(text, at + text.length())) {
            times++;
        }
        return times;
    }

    public String path() {
        return SCHEME_AND_HOST.matcher(driver.getCurrentUrl()).replaceFirst("");
    }

    public String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves what the browser shows under target/screenshots, for a human to look at after the run. */
    public void screenshot(String name) {
        screenshot(driver, name);
    }

    static void screenshot(WebDriver driver, String name) {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException notSaved) {
            throw new UncheckedIOException(notSaved);
        }
    }
}
