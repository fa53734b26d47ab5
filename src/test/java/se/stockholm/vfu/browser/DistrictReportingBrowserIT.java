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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.stockholm.vfu.config.DemoData;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;
import se.stockholm.vfu.place.PlaceOffer;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A district contact's journey in a real browser: Södermalm reports one place with a named supervisor and one
 * without, and sees its total against the target go up by both, and the count without a supervisor by one.
 * A place left without its number of places gets the message beside the field. A reported place's history dialog
 * shows who reported it. The place dialog fits its width, with each label beside its field, says whether it reports
 * or edits a place, and Escape in its open list of languages closes only the list. Screenshots in target/screenshots.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class DistrictReportingBrowserIT {

    private static final String UNIT = "Barn och familj Södermalm";
    /** The demo's term open for reporting, and the term before it. */
    private static final String OPEN_TERM = "VT2027";
    private static final String PAST_TERM = "HT2026";
    private static final By PLACE_DIALOG_CONTENT = By.cssSelector("[id='placeDialog'] .ui-dialog-content");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @Test
    void aDistrictReportsPlacesWithAndWithoutASupervisorAndSeesItsTotalGoUp() {
        browser.logIn("sodermalm", DemoData.DEMO_PASSWORD);
        browser.find(By.id("header:nav-places")).click();
        assertThat(browser.find(By.id("places-title")).getText()).startsWith("Platser");
        long total = number("places-total");
        long withoutSupervisor = number("places-without-supervisor");
        browser.screenshot("district-places-before");
        assertThat(browser.driver().findElements(By.id("placeForm:notes")))
                .as("the dialog's fields are left out of the page until a place is reported (docs/performance.md)").isEmpty();

        openNewPlace();
        assertThat(browser.find(By.id("placeForm:notes")).getAttribute("maxlength"))
                .as("the field's limit is the entity's, not one typed in the page").isEqualTo(Integer.toString(PlaceOffer.NOTES_MAX));
        browser.choose("placeForm:unit", UNIT);
        setPlaces("2");
        browser.choose("placeForm:supervisor", DemoData.BARN_OCH_FAMILJ_SUPERVISOR);
        // the supervisor's menu (as wide as its longest name, unit and training) and the notes stay in the dialog
        assertThat(browser.overflowingWidth(PLACE_DIALOG_CONTENT)).as("the dialog scrolled sideways by").isZero();
        assertThat(browser.labelsNotBesideTheirFields(PLACE_DIALOG_CONTENT)).isEmpty();
        browser.screenshot("district-place-form");
        browser.find(By.id("placeForm:savePlace")).click();
        waitForText("places-total", Long.toString(total + 2));
        assertThat(number("places-without-supervisor")).isEqualTo(withoutSupervisor);

        openNewPlace();
        browser.choose("placeForm:unit", UNIT);
        setPlaces("");
        browser.find(By.id("placeForm:savePlace")).click();
        assertThat(browser.messageBeside("placeForm:places")).isEqualTo("Fältet måste fyllas i.");
        browser.screenshot("district-place-form-validation");
        setPlaces("1");
        browser.find(By.id("placeForm:savePlace")).click();
        waitForText("places-total", Long.toString(total + 3));
        assertThat(number("places-without-supervisor")).isEqualTo(withoutSupervisor + 1);
        assertThat(browser.find(By.id("placesForm:places")).getText()).contains("Ingen handledare utsedd än");
        browser.screenshot("district-places-after");
    }

    /**
     * A number of places outside 1–50 is the form's to answer, beside the field, with what was typed still there: the
     * field itself neither refuses the keys nor changes the number to the nearest one allowed, and the message names
     * the limit (it once showed "Ange {min}–{max} platser." as it stands).
     */
    @Test
    void aNumberOfPlacesOutsideItsLimitsGetsTheMessageAndKeepsWhatWasTyped() {
        browser.logIn("sodermalm", DemoData.DEMO_PASSWORD);
        browser.find(By.id("header:nav-places")).click();
        long total = number("places-total");
        openNewPlace();
        browser.choose("placeForm:unit", UNIT);
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("60", "Ange högst " + PlaceOffer.MAX_PLACES + " platser.");
        answers.put("0", "Ange minst " + PlaceOffer.MIN_PLACES + " plats.");
        answers.forEach((outside, message) -> {
            setPlaces(outside);
            assertThat(browser.numberIn("placeForm:places")).as("as typed").isEqualTo(outside);
            browser.find(By.id("placeForm:savePlace")).click();
            browser.waitForMessageBeside("placeForm:places", message);
            assertThat(browser.numberIn("placeForm:places")).as("kept").isEqualTo(outside);
        });
        assertThat(number("places-total")).as("nothing saved").isEqualTo(total);
    }

    @Test
    void aReportedPlacesHistoryNamesItsUnitAndShowsWhoReportedItWithWhatSupervisor() {
        String note = "Historik " + UUID.randomUUID().toString().substring(0, 8);
        browser.logIn("sodermalm", DemoData.DEMO_PASSWORD);
        browser.find(By.id("header:nav-places")).click();
        long total = number("places-total");
        openNewPlace();
        browser.choose("placeForm:unit", UNIT);
        setPlaces("2");
        browser.choose("placeForm:supervisor", DemoData.BARN_OCH_FAMILJ_SUPERVISOR);
        browser.find(By.id("placeForm:notes")).sendKeys(note);
        browser.find(By.id("placeForm:savePlace")).click();
        waitForText("places-total", Long.toString(total + 2));
        // the closed dialog gives the focus back to its button (WCAG 2.4.3): keys typed before that happened landed on
        // the button, whose space opened the dialog again (seen in CI)
        browser.waitForFocus("placesForm:newPlace");

        // the table's search looks in the notes too: the one place of this test
        browser.searchUntilOneRow("placesForm:places", note, UNIT);
        // a screen reader names each row's button with its place, not "Ändra" once a row
        assertThat(browser.find(By.cssSelector("[id='placesForm:places_data'] button[id$=':edit']"))
                .getAttribute("aria-label")).startsWith("Ändra platsen på " + UNIT + ", ");
        assertThat(browser.find(By.cssSelector("[id='placesForm:places_data'] button[id$=':history']"))
                .getAttribute("aria-label")).startsWith("Historik för platsen på " + UNIT + ", ");
        WebElement history = browser.openHistory(By.cssSelector("[id='placesForm:places_data'] button[id$=':history']"),
                "placeHistoryDialog");
        assertThat(Browser.dialogTitle(history)).isEqualTo("Platsens historik – " + UNIT);
        assertThat(Browser.tableHeaders(history)).containsExactly("Registrerad", "Status", "Antal platser", "Handledare",
                "Anledning", "Ändrad efter sista dag", "Av vem");
        assertThat(Browser.tableRows(history)).singleElement().asString()
                .contains("Rapporterad 2 " + DemoData.BARN_OCH_FAMILJ_SUPERVISOR).endsWith("sodermalm");
        browser.screenshot("district-place-history");
        browser.closeHistory("placeHistoryDialog");

        // the row's buttons (plain buttons that carry their row, js/row-commands.js) edit and withdraw that place
        browser.openDialog(By.cssSelector("[id='placesForm:places_data'] button[id$=':edit']"));
        assertThat(Browser.dialogTitle(browser.find(By.id("placeDialog")))).as("an edit, not a new place")
                .isEqualTo("Ändra plats");
        assertThat(browser.find(By.id("placeForm:places_input")).getAttribute("value")).isEqualTo("2");
        setPlaces("3");
        browser.find(By.id("placeForm:savePlace")).click();
        waitForText("places-total", Long.toString(total + 3));
        browser.waitForFocus("placesForm:places:0:edit");
        // and a new place after the edit is a new one again
        openNewPlace();
        assertThat(Browser.dialogTitle(browser.find(By.id("placeDialog")))).isEqualTo("Rapportera plats");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waitForFocus("placesForm:newPlace");

        browser.openDialog(By.cssSelector("[id='placesForm:places_data'] button[id$=':withdraw']"));
        assertThat(browser.find(By.id("withdrawDialog")).getText()).contains(UNIT);
        browser.find(By.id("withdrawForm:reason")).sendKeys("Handledaren slutar");
        browser.find(By.id("withdrawForm:withdrawPlace")).click();
        browser.click(By.cssSelector(".ui-confirm-dialog button[id$='confirmYes']"));
        waitForText("places-total", Long.toString(total));
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("placesForm:places_data")).getText().contains("Återtagen"));

        history = browser.openHistory(By.cssSelector("[id='placesForm:places_data'] button[id$=':history']"),
                "placeHistoryDialog");
        assertThat(Browser.tableRows(history)).hasSize(3).anySatisfy(row -> assertThat(row).contains("Ändrad 3"))
                .anySatisfy(row -> assertThat(row).contains("Återtagen").contains("Handledaren slutar"));
        browser.closeHistory("placeHistoryDialog");
    }

    /**
     * The central contact's places at a window 1400 and 1024 pixels wide: no column heading or filter of the table is
     * cut off, and the dialog that edits a place fits its width with each label beside its own field. The place's unit,
     * shown and not chosen, once made one cell of the grid with its label, which moved every later label into the
     * fields' column and the fields past the dialog's edge. The dialog's title says it edits a place.
     */
    @Test
    void theCentralContactsPlacesAndThePlaceDialogFitTheWindowWithEachLabelBesideItsField() {
        browser.logIn("central", DemoData.DEMO_PASSWORD);
        for (int width : new int[] {1400, 1024}) {
            browser.windowWidth(width);
            browser.open("/central/places.xhtml");
            assertThat(browser.headersCutOff("placesForm:places")).as("headings cut off at %d px", width).isEmpty();
            assertThat(browser.overflowingWidth(By.cssSelector("[id='placesForm:places'] .ui-datatable-tablewrapper")))
                    .as("the table scrolled sideways at %d px by", width).isZero();

            browser.openDialog(By.cssSelector("[id='placesForm:places_data'] button[id$=':edit']"));
            assertThat(Browser.dialogTitle(browser.find(By.id("placeDialog")))).isEqualTo("Ändra plats");
            assertThat(browser.overflowingWidth(PLACE_DIALOG_CONTENT))
                    .as("the dialog scrolled sideways at %d px by", width).isZero();
            assertThat(browser.labelsNotBesideTheirFields(PLACE_DIALOG_CONTENT)).as("at %d px", width).isEmpty();
            browser.screenshot("central-place-edit-" + width);
            browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
            Browser.waitUp(browser.driver(), Duration.ofSeconds(15))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("placeDialog")));
        }
    }

    /**
     * Escape in the open list of languages closes the list and leaves the dialog open with what was typed (it closed
     * the dialog too, and opening it again emptied the form).
     */
    @Test
    void escapeInTheOpenListOfLanguagesClosesTheListNotTheDialog() {
        browser.logIn("sodermalm", DemoData.DEMO_PASSWORD);
        browser.find(By.id("header:nav-places")).click();
        openNewPlace();
        browser.choose("placeForm:unit", UNIT);
        setPlaces("4");
        browser.click(By.id("placeForm:languages"));
        browser.waitForFocusWithin("placeForm:languages_panel");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("placeForm:languages_panel")));
        assertThat(browser.find(By.id("placeDialog")).isDisplayed()).as("the dialog stays").isTrue();
        assertThat(browser.numberIn("placeForm:places")).isEqualTo("4");
    }

    @Test
    void aPlaceIsSavedInTheTermItsPageWasOpenedInThoughAnotherTabSwitchedTerm() throws Exception {
        browser.logIn("sodermalm", DemoData.DEMO_PASSWORD);
        browser.find(By.id("header:nav-places")).click();
        assertThat(browser.find(By.id("places-title")).getText()).contains(OPEN_TERM);
        long openTermTotal = number("places-total");
        long otherTermBefore = placesReported(PAST_TERM);
        String firstTab = browser.driver().getWindowHandle();

        // a second tab of the same session switches the term in the header
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.open("/district/places.xhtml");
        browser.switchTerm(PAST_TERM);
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("places-title")).getText().contains(PAST_TERM));
        browser.driver().close();
        browser.driver().switchTo().window(firstTab);

        // the first tab still saves into the term it shows
        openNewPlace();
        browser.choose("placeForm:unit", UNIT);
        setPlaces("1");
        browser.find(By.id("placeForm:savePlace")).click();
        waitForText("places-total", Long.toString(openTermTotal + 1));
        assertThat(placesReported(OPEN_TERM)).isEqualTo(openTermTotal + 1);
        assertThat(placesReported(PAST_TERM)).isEqualTo(otherTermBefore);
    }

    /** The district's reported places of a term, as the API tells the district contact. */
    private long placesReported(String term) throws Exception {
        HttpResponse<String> total = new Http(base.toURI())
                .get("api/terms/" + term + "/places/total", "sodermalm", DemoData.DEMO_PASSWORD);
        assertThat(total.statusCode()).as(total.body()).isEqualTo(200);
        return Http.object(total).getJsonNumber("places").longValue();
    }

    @Test
    void theDistrictsPagesAndTheCentralContactsCityWidePagesOpenInBothLanguages() {
        browser.logIn("sodermalm", DemoData.DEMO_PASSWORD);
        browser.find(By.id("header:nav-units")).click();
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Enheter");
        assertThat(browser.find(By.id("unitsForm:units")).getText()).contains(UNIT).doesNotContain("Kista");
        browser.find(By.id("header:nav-supervisors")).click();
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Handledare");
        assertThat(browser.text("supervisors-trained")).matches("\\d+ av \\d+");
        browser.switchLanguage("en");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Supervisors");
        browser.screenshot("district-supervisors-english");

        browser.signOut();
        browser.logIn("central", DemoData.DEMO_PASSWORD);
        browser.find(By.id("header:nav-places-city")).click();
        assertThat(browser.find(By.id("places-title")).getText()).startsWith("Platser i hela staden");
        assertThat(browser.find(By.id("not-reported")).getText()).contains("Skärholmen");
        assertThat(browser.find(By.id("placesForm:places")).getText()).contains("Södermalm");
        browser.screenshot("central-places");
        browser.find(By.id("header:nav-units-city")).click();
        assertThat(browser.find(By.id("unitsForm:units")).getText()).contains("Södermalm").contains("Rinkeby-Kista");
        browser.find(By.id("header:nav-supervisors-city")).click();
        assertThat(browser.find(By.id("supervisorsForm:supervisors")).getText()).as("the supervisors' rows")
                .contains("Socialsekreterare");
    }

    /**
     * Fewer places than the students already placed in them is refused beside the number in the dialog, which stays
     * open with what was typed (the message went to the places table, which has the same id as the field, and the
     * dialog said nothing).
     */
    @Test
    void fewerPlacesThanAreTakenIsRefusedBesideTheField() throws Exception {
        Http http = new Http(base.toURI());
        String term = Http.object(http.send(HttpRequest.newBuilder(http.uri("api/it/allocation-scenario"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD))
                .getString("termCode");
        // the run proposes Södermalm's two places to two of its three students: both seats are taken
        HttpResponse<String> run = http.send(HttpRequest.newBuilder(http.uri("api/terms/" + term + "/allocation/runs"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(run.statusCode()).as(run.body()).isIn(200, 201);

        browser.signInWithTerm(Fixtures.SODERMALM, Fixtures.PASSWORD, term);
        browser.find(By.id("header:nav-places")).click();
        browser.openDialog(By.cssSelector("[id='placesForm:places_data'] button[id$=':edit']"));
        assertThat(browser.find(By.id("placeForm:places_input")).getAttribute("value")).isEqualTo("2");
        setPlaces("1");
        browser.find(By.id("placeForm:savePlace")).click();
        browser.waitForMessageBeside("placeForm:places",
                "Platsen har redan 2 placerade studenter; antalet platser kan inte bli färre än så.");
        assertThat(browser.find(By.id("placeDialog")).isDisplayed()).as("the dialog stays open").isTrue();
        assertThat(browser.numberIn("placeForm:places")).as("as typed").isEqualTo("1");
    }

    private void openNewPlace() {
        browser.openDialog(By.id("placesForm:newPlace"));
        browser.find(By.id("placeForm:unit"));
    }

    private void setPlaces(String value) {
        browser.typeNumber("placeForm:places", value);
    }

    private long number(String id) {
        return Long.parseLong(browser.text(id));
    }

    private void waitForText(String id, String text) {
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> text.equals(d.findElement(By.id(id)).getText().trim()));
    }
}
