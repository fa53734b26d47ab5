package se.stockholm.vfu.browser;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;
import se.stockholm.vfu.it.XssFixtures;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The XSS corpus (issue 8, proof 2): script and markup payloads stored in every free-text field a user fills
 * ({@link XssFixtures}) are rendered inert on every page each role may open, in a real browser: no element of a
 * payload exists in the page (nothing escaped its text or attribute), no payload's script ran, no stored
 * {@code #{...}} expression was evaluated, and the payloads are shown as the text that was typed. The confirm dialog
 * that names a unit, and a trainee post's candidates with a candidacy's history, show their payloads as text too.
 * Each page is opened once per role (the scenario is made once for the class), whatever the number of payloads.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class XssCorpusBrowserIT {

    /** The pages each role opens: its own folder and the pages every role has. */
    private static final Map<String, List<String>> FOLDERS = Map.of(
            Fixtures.CENTRAL, List.of("central", "admin"),
            Fixtures.ADMIN, List.of("admin"),
            Fixtures.SODERMALM, List.of("district"),
            Fixtures.SU, List.of("university"));

    /** Pages that show the first payload in the scenario's term, one for each role at least. */
    private static final Map<String, List<String>> SHOWING_PAYLOADS = Map.of(
            Fixtures.CENTRAL, List.of("/central/requests.xhtml", "/central/places.xhtml", "/central/units.xhtml",
                    "/central/supervisors.xhtml", "/central/training.xhtml", "/placements.xhtml", "/inquiries.xhtml",
                    "/support.xhtml"),
            Fixtures.SODERMALM, List.of("/district/places.xhtml", "/district/units.xhtml",
                    "/district/supervisors.xhtml", "/placements.xhtml", "/inquiries.xhtml", "/support.xhtml"),
            Fixtures.SU, List.of("/university/requests.xhtml", "/university/training.xhtml", "/placements.xhtml",
                    "/inquiries.xhtml", "/support.xhtml"));

    /** The scenario, made once for the class: every test reads the same term. */
    private static JsonObject scenario;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    private String term;
    private String unitName;

    @BeforeEach
    void storePayloads() throws Exception {
        if (scenario == null) {
            Http http = new Http(base.toURI());
            HttpResponse<String> made = http.send(HttpRequest.newBuilder(http.uri("api/it/xss-scenario"))
                    .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD);
            assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
            scenario = Http.object(made);
        }
        term = scenario.getString("termCode");
        unitName = scenario.getString("unitName");
    }

    @Test
    void everyPageOfEveryRoleShowsTheStoredPayloadsAsInertText() throws Exception {
        List<String> checked = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        StringBuilder seen = new StringBuilder();
        for (var role : FOLDERS.entrySet()) {
            browser.signInWithTerm(role.getKey(), Fixtures.PASSWORD, term);
            Map<String, List<String>> shown = laterFieldsShown(role.getKey());
            List<String> pages = new ArrayList<>(pagesOf(role.getKey(), role.getValue()));
            // pages with a parameter (the support page of the placement) besides the role's pages without one
            shown.keySet().stream().filter(page -> !pages.contains(page)).sorted().forEach(pages::add);
            for (String page : pages) {
                browser.open(page);
                assertInert(role.getKey() + " " + page);
                // a form shows a stored value in its field: the field must hold exactly the text that was typed
                String text = browser.pageText() + "\n" + fieldValues();
                List<String> expected = new ArrayList<>(shown.getOrDefault(page, List.of()));
                if (SHOWING_PAYLOADS.getOrDefault(role.getKey(), List.of()).contains(page)) {
                    expected.add(XssFixtures.PAYLOADS.get(0));
                }
                expected.stream().filter(value -> !text.contains(value))
                        .forEach(value -> missing.add(role.getKey() + " " + page + " lacks " + value));
                seen.append(text).append('\n');
                checked.add(role.getKey() + " " + page);
            }
        }
        assertThat(checked).hasSizeGreaterThan(25);
        assertThat(missing).as("each page shows the payloads of the fields it lists, as the text that was typed")
                .isEmpty();
        assertThat(seen.toString()).as("every payload shown as the text that was typed somewhere")
                .contains(XssFixtures.PAYLOADS.toArray(String[]::new));
    }

    /**
     * The later fields' payloads each page shows the role (besides the first payload of {@link #SHOWING_PAYLOADS}):
     * network events and documents, observation visits and bookings, the placement's concern and meeting, the
     * supervisor's evaluation text, and the user's own API tokens.
     */
    private static Map<String, List<String>> laterFieldsShown(String role) {
        String meetingPage = "/support.xhtml?placement=" + scenario.getJsonNumber("placementId").longValue();
        List<String> meeting = List.of(XssFixtures.PAYLOADS.get(2), XssFixtures.PAYLOADS.get(3));
        Map<String, List<String>> shown = new HashMap<>(Map.of(
                "/network-events.xhtml", List.of(scenario.getString("eventTitle")),
                "/network-documents.xhtml", List.of(scenario.getString("documentTitle")),
                "/api-tokens.xhtml", List.of(scenario.getString("tokenName"))));
        switch (role) {
            case Fixtures.CENTRAL -> {
                shown.put("/central/network-events.xhtml", List.of(scenario.getString("eventTitle")));
                shown.put("/central/network-documents.xhtml", List.of(scenario.getString("documentTitle"),
                        scenario.getString("documentFileName")));
                shown.put("/visits.xhtml", List.of(scenario.getString("visitNote"), scenario.getString("bookingName"),
                        scenario.getString("bookingRef")));
                shown.put("/evaluations.xhtml", List.of(scenario.getString("evaluationText")));
                shown.put(meetingPage, meeting);
            }
            case Fixtures.SODERMALM -> {
                shown.put("/visits.xhtml", List.of(scenario.getString("visitNote"), scenario.getString("bookingName")));
                shown.put(meetingPage, meeting);
            }
            case Fixtures.SU -> {
                shown.put("/visits.xhtml", List.of(scenario.getString("visitNote"), scenario.getString("bookingName")));
                shown.put(meetingPage, meeting);
            }
            default -> {
                // the administrator: the pages every role has
            }
        }
        return shown;
    }

    @Test
    void theCandidatesOfATraineePostAndACandidacysHistoryShowTheirPayloadsAsText() {
        browser.signInWithTerm(Fixtures.SODERMALM, Fixtures.PASSWORD, term);
        browser.open("/district/recruitment.xhtml");
        // posts are the district's in every term: find this run's by the year its unit's name ends with
        String year = term.substring(2);
        // once the filter's answer is in: a click while it was pending went to a row it then replaced
        browser.searchUntilOneRow("postsForm:posts", year, unitName);
        browser.click(By.cssSelector("[id='postsForm:posts_data'] button.open-post"));
        String candidate = scenario.getString("candidateName");
        Browser.waitUp(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("candidatesPanel")).getText().contains(candidate));
        assertThat(browser.find(By.id("candidatesPanel")).getText()).as("the post's unit and the candidate's reason")
                .contains(unitName).contains(XssFixtures.PAYLOADS.get(0));
        assertInert("the post's candidates");

        browser.find(By.xpath("//*[@id='candidatesPanel']//button[contains(., 'Historik')]")).click();
        // the dialog is replaced by the ajax update that fills it: read it again until it holds the history
        Browser.waitUp(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("historyDialog")).getText().contains(XssFixtures.PAYLOADS.get(0)));
        assertInert("a candidacy's history");
    }

    @Test
    void theConfirmDialogNamingAUnitShowsItsPayloadNameAsText() {
        browser.signInWithTerm(Fixtures.SODERMALM, Fixtures.PASSWORD, term);
        browser.open("/district/units.xhtml");
        // units are the district's in every term: find this run's by the year its name ends with
        String year = term.substring(2);
        // the filter re-renders the table once typing pauses: click the row's button once the table has settled
        browser.searchUntilOneRow("unitsForm:units", year, unitName);
        browser.click(By.cssSelector("[id='unitsForm:units_data'] button[id$=':deactivate']"));
        WebElement dialog = browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message"));
        assertThat(dialog.getText()).contains(unitName);
        assertInert("the unit's confirm dialog");
        browser.click(By.cssSelector(".ui-confirmdialog-no"));
    }

    /** No element of a payload in the page, no payload's script run, no stored expression evaluated. */
    private void assertInert(String where) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        Browser.waitUp(browser.driver(), Duration.ofSeconds(20))
                .until(d -> "complete".equals(js.executeScript("return document.readyState")));
        Object injected = js.executeScript("return document.querySelectorAll('[data-xss]').length");
        Object ran = js.executeScript("return typeof window.__xss === 'undefined' ? null : String(window.__xss)");
        assertThat(((Number) injected).intValue()).as(where + ": payload elements in the page").isZero();
        assertThat(ran).as(where + ": a payload's script ran").isNull();
        assertThat(browser.pageText()).as(where + ": a stored expression was evaluated").doesNotContain("xss42x");
    }

    /** The values of the page's text fields, one a line. */
    private String fieldValues() {
        Object values = ((JavascriptExecutor) browser.driver()).executeScript("return Array.from("
                + "document.querySelectorAll('input[type=text], input:not([type]), textarea')).map(e => e.value).join('\\n')");
        return values == null ? "" : values.toString();
    }

    /** Every page of the role's folders and the root (no parameters: lists, overviews and forms). */
    private static List<String> pagesOf(String role, List<String> folders) throws Exception {
        List<String> pages = new ArrayList<>(root());
        for (String folder : folders) {
            try (Stream<Path> files = Files.list(Path.of("src/main/webapp", folder))) {
                files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".xhtml")).sorted()
                        .filter(f -> !(Fixtures.CENTRAL.equals(role) && "admin".equals(folder) && f.equals("read-log.xhtml")))
                        .forEach(f -> pages.add("/" + folder + "/" + f));
            }
        }
        return pages;
    }

    private static List<String> root() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/webapp"))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".xhtml"))
                    .filter(f -> !f.equals("login.xhtml")).sorted().map(f -> "/" + f).toList();
        }
    }
}
