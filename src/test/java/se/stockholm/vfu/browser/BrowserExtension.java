package se.stockholm.vfu.browser;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * Owns the browser of the browser tests: one headless Chromium for the whole test run (starting one takes seconds),
 * Debian's {@code /usr/bin/chromium} driven by Debian's {@code /usr/bin/chromedriver} (never a downloaded browser or
 * driver: both paths are given, so Selenium Manager stays out), with a profile of its own that is deleted at the end.
 * <p>
 * Before each test it leaves the last page, deletes every cookie (so each test starts signed out, in Swedish), gives
 * the window its standard size again (a test may have made it narrower) and sets the test's {@link Browser} field to
 * the shared browser at the portal's URL, the test's {@code @ArquillianResource URL} field. When a test fails, what
 * the browser showed is saved as {@code target/screenshots/<class>-<test>-failed.png}. Use it after Arquillian, whose
 * injection gives the URL:
 * <pre>
 * &#64;ExtendWith({ArquillianExtension.class, BrowserExtension.class})
 * &#64;RunAsClient
 * class SomethingBrowserIT {
 *     &#64;ArquillianResource
 *     URL base;
 *     Browser browser;
 * </pre>
 */
public final class BrowserExtension implements BeforeEachCallback, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Object test = context.getRequiredTestInstance();
        URL base = (URL) field(test, URL.class, true).get(test);
        if (base == null) {
            throw new IllegalStateException("No portal URL: register BrowserExtension after ArquillianExtension");
        }
        WebDriver driver = chromium(context).alive();
        // a test that made the window narrower or wider leaves it so: the next one starts at the standard size
        Browser.standardWindow(driver);
        field(test, Browser.class, false).set(test, new Browser(driver, base).signOut());
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Chromium chromium = context.getRoot().getStore(NAMESPACE).get(Chromium.class, Chromium.class);
        if (chromium != null) {
            Browser.screenshot(chromium.driver, context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName() + "-failed");
        }
    }

    private static Chromium chromium(ExtensionContext context) {
        // the root store lives as long as the test run and closes what it holds at the end
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Chromium.class, type -> new Chromium(),
                Chromium.class);
    }

    /** The test's field of that type; the URL one must be Arquillian's. */
    private static Field field(Object test, Class<?> type, boolean arquillianResource) {
        for (Class<?> c = test.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType() == type && (!arquillianResource || f.isAnnotationPresent(ArquillianResource.class))) {
                    f.setAccessible(true);
                    return f;
                }
            }
        }
        throw new IllegalStateException(test.getClass().getSimpleName() + " needs a field of type "
                + type.getSimpleName() + (arquillianResource ? " annotated @ArquillianResource" : ""));
    }

    /** The run's one Chromium. */
    private static final class Chromium implements ExtensionContext.Store.CloseableResource {

        private final Path profile;
        private WebDriver driver;

        Chromium() {
            try {
                profile = Files.createTempDirectory("vfu-chromium-");
            } catch (IOException noTemp) {
                throw new UncheckedIOException(noTemp);
            }
            driver = start();
        }

        private WebDriver start() {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                    "--window-size=" + Browser.WINDOW_WIDTH + "," + Browser.WINDOW_HEIGHT,
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).build();
            return new ChromeDriver(service, options);
        }

        /** The browser, started again if it died with an earlier test. */
        WebDriver alive() {
            try {
                driver.getWindowHandle();
            } catch (WebDriverException gone) {
                quit();
                driver = start();
            }
            return driver;
        }

        private void quit() {
            try {
                driver.quit();
            } catch (WebDriverException alreadyGone) {
                // nothing left to stop
            }
        }

        @Override
        public void close() {
            quit();
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
