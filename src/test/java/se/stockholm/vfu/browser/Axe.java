package se.stockholm.vfu.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs axe-core, Deque's accessibility rules engine, on the page the browser shows, with the WCAG 2.0 and 2.1 level A
 * and AA rules only. The script comes from the test classpath ({@code axe.min.js} of Deque's
 * {@code com.deque.html.axe-core:selenium} jar, see the pom), so a build needs nothing but Maven; it is injected with
 * {@code executeScript} (WebDriver's own evaluation, which the portal's Content-Security-Policy does not govern).
 */
final class Axe {

    /** The WCAG 2.1 AA conformance rules as axe tags them. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String SCRIPT = load("/axe.min.js");

    /** One rule failed on the page, with the CSS selectors of the elements that fail it. */
    record Violation(String rule, String impact, String help, List<String> targets) {

        boolean seriousOrWorse() {
            return "serious".equals(impact) || "critical".equals(impact);
        }
    }

    private Axe() {
    }

    /** The axe-core version the tests run, as the script reports it. */
    static String version(WebDriver driver) {
        inject(driver);
        return (String) ((JavascriptExecutor) driver).executeScript("return axe.version;");
    }

    /** The page's violations of {@link #TAGS}, every impact. */
    @SuppressWarnings("unchecked")
    static List<Violation> run(WebDriver driver) {
        inject(driver);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object answer = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                    .then(r => done(r.violations.map(v => ({rule: v.id, impact: v.impact || '', help: v.help,
                        targets: v.nodes.map(n => n.target.join(' '))}))))
                    .catch(e => done('axe failed: ' + e));""", TAGS);
        if (answer instanceof String failure) {
            throw new IllegalStateException(failure);
        }
        return ((List<Map<String, Object>>) answer).stream()
                .map(v -> new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                        (List<String>) v.get("targets")))
                .toList();
    }

    private static void inject(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(SCRIPT);
        }
    }

    private static String load(String resource) {
        try (InputStream in = Axe.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
