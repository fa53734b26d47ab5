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
import org.openqa.selenium.chromium.HasCdp;
import se.stockholm.vfu.config.DemoData;
import se.stockholm.vfu.it.Deployments;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1 reflow (1.4.10) and resize text (1.4.4) in a real browser, what axe cannot check.
 * <p>
 * At a screen 320 CSS pixels wide (a 1280 px window at 400 %) no page scrolls sideways: long Swedish headings
 * ("Handledarutbildning VT2027") break and form fields (a select menu as wide as its longest option, a file field,
 * a date picker) stay within the page; only a data table may scroll, inside its own frame. At 640 px (200 %) and at
 * 1280 px no column of a visible data table is squeezed to nothing (the evaluations' answers were 0 px wide under
 * PrimeFaces' fixed table layout), no button of a row's last cell is cut off and no column filter hides its choice.
 * The screen's width is emulated (Chrome's DevTools protocol: a window cannot be made that narrow) and reset after.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class ReflowBrowserIT {

    /** The pages with long headings or wide form fields, by role. */
    private static final Map<String, List<String>> NARROW_PAGES = Map.of(
            "central", List.of("/index.xhtml", "/central/training.xhtml", "/central/network-events.xhtml",
                    "/central/network-documents.xhtml", "/central/funnel.xhtml", "/central/turnover.xhtml",
                    "/central/data-subject-export.xhtml", "/central/audit.xhtml"),
            "su", List.of("/university/training.xhtml", "/university/import.xhtml"),
            "admin", List.of("/admin/read-log.xhtml"));

    /** The pages with data tables whose columns or action buttons were cut off, by role. */
    private static final Map<String, List<String>> TABLE_PAGES = Map.of(
            "central", List.of("/evaluations.xhtml", "/central/supervisors.xhtml", "/central/places.xhtml",
                    "/central/units.xhtml", "/central/requests.xhtml", "/central/terms.xhtml",
                    "/central/network-events.xhtml", "/central/recruitment.xhtml", "/api-tokens.xhtml"),
            "sodermalm", List.of("/district/recruitment.xhtml", "/inquiries.xhtml"),
            "admin", List.of("/admin/users.xhtml"));

    /** What of the page does not fit: the page scrolling sideways, with the elements that stick out. */
    private static final String PAGE_OVERFLOW = """
            const de = document.documentElement;
            if (de.scrollWidth <= de.clientWidth) { return []; }
            const out = ['the page scrolls sideways: ' + de.scrollWidth + ' > ' + de.clientWidth];
            for (const e of document.querySelectorAll('main *')) {
                if (out.length > 5) { break; }
                const r = e.getBoundingClientRect();
                const parent = e.parentElement.getBoundingClientRect();
                if (r.width > 0 && r.right > de.clientWidth + 1 && parent.right <= de.clientWidth + 1) {
                    out.push('  ' + e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ends at ' + Math.round(r.right));
                }
            }
            return out;""";

    /**
     * What of the visible data tables is cut off: a column 0 px wide, a last cell's buttons, a filter's choice; and a
     * page that shows no data table at all (refused, or changed), which would pass without a check.
     */
    private static final String TABLES_CUT_OFF = """
            const out = [];
            const shown = [...document.querySelectorAll('.ui-datatable')].filter(t => t.getClientRects().length > 0);
            if (shown.length === 0) { out.push('no data table shown'); }
            for (const table of document.querySelectorAll('.ui-datatable')) {
                if (table.getClientRects().length === 0) { continue; }
                for (const th of table.querySelectorAll('thead th')) {
                    if (th.getClientRects().length > 0 && th.offsetWidth === 0) {
                        out.push(table.id + ': column "' + th.innerText.trim().split('\\n')[0] + '" is 0 px wide');
                    }
                }
                for (const td of table.querySelectorAll('tbody td:last-child')) {
                    if (td.scrollWidth > td.clientWidth) {
                        out.push(table.id + ': last cell cut off ' + td.scrollWidth + ' > ' + td.clientWidth + ' "'
                                + td.innerText.trim().replace(/\\s+/g, ' ').slice(0, 40) + '"');
                        break;
                    }
                }
                for (const label of table.querySelectorAll('thead .ui-selectonemenu-label')) {
                    if (label.scrollWidth > label.clientWidth) {
                        out.push(table.id + ': filter cut off ' + label.id + ' "' + label.textContent.trim() + '" '
                                + label.scrollWidth + ' > ' + label.clientWidth);
                    }
                }
            }
            return out;""";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @Test
    void atAScreen320PixelsWideNoPageScrollsSideways() {
        List<String> found = new ArrayList<>();
        NARROW_PAGES.forEach((user, pages) -> found.addAll(problems(user, pages, 320, PAGE_OVERFLOW)));
        assertThat(found).as("at 320 px").isEmpty();
    }

    @Test
    void at640And1280PixelsNoTableColumnButtonOrFilterIsCutOff() {
        List<String> found = new ArrayList<>();
        for (int width : new int[] {640, 1280}) {
            TABLE_PAGES.forEach((user, pages) -> found.addAll(problems(user, pages, width, TABLES_CUT_OFF)));
        }
        assertThat(found).as("at 640 and 1280 px").isEmpty();
    }

    /** The check's findings on each page, signed in as the demo user, at a screen that wide. */
    @SuppressWarnings("unchecked")
    private List<String> problems(String user, List<String> pages, int width, String check) {
        browser.signOut();
        browser.logIn(user, DemoData.DEMO_PASSWORD);
        HasCdp cdp = (HasCdp) browser.driver();
        cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", Browser.WINDOW_HEIGHT, "deviceScaleFactor", 1, "mobile", false));
        try {
            List<String> found = new ArrayList<>();
            for (String page : pages) {
                browser.open(page);
                browser.find(By.id("header:logout"));
                for (String problem : (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(check)) {
                    found.add(width + " px " + user + " " + page + ": " + problem);
                }
                browser.screenshot("reflow-" + width + page.replace('/', '-').replace(".xhtml", ""));
            }
            return found;
        } finally {
            // the browser is shared with the other tests, which expect the window's own size
            cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
