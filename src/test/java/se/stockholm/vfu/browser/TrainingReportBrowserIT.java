package se.stockholm.vfu.browser;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.training.TrainingCourse;
import se.stockholm.vfu.training.TrainingReport;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator's supervisor-training report: courses are added and removed as rows of the form before it is saved.
 * Adding or removing a row keeps what was typed in the others, and is not held up by a row not yet filled in or
 * filled in wrongly (that is for saving to answer).
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class TrainingReportBrowserIT {

    private static final By COURSE_ROWS = By.cssSelector("[id='trainingForm:courses_data'] tr:has(input[id$=':name'])");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @Test
    void rowsAreAddedAndRemovedWhileOthersAreBlankOrWrong() {
        browser.signInWithTerm(Fixtures.SU, Fixtures.PASSWORD, Fixtures.TERM).open("/university/training.xhtml");
        int saved = courses().size();

        browser.click(By.id("trainingForm:addCourse"));
        waitForCourses(saved + 1);
        // the new row is still blank: another row can be added all the same (it once answered "Fältet måste fyllas
        // i." beside the blank row's dates and added nothing)
        browser.click(By.id("trainingForm:addCourse"));
        waitForCourses(saved + 2);
        WebElement first = courses().get(saved);
        // a row's fields have no label beside them (the column headers say what they are): each is named for itself
        assertThat(first.findElements(By.cssSelector("input:not([type=hidden])")))
                .extracting(input -> input.getAttribute("aria-label"))
                .containsExactly("Utbildning", "Startar", "Slutar", "Platser");
        first.findElement(By.cssSelector("input[id$=':name']")).sendKeys("Handledarutbildning steg 1");

        // too many seats in the last row, and then that row removed: removed, no message, the first row as typed
        String lastSeats = "trainingForm:courses:" + (saved + 1) + ":seats";
        browser.typeNumber(lastSeats, Integer.toString(TrainingCourse.SEATS_MAX + 1));
        browser.click(By.id("trainingForm:courses:" + (saved + 1) + ":removeCourse"));
        waitForCourses(saved + 1);
        assertThat(browser.driver().findElements(By.cssSelector("[id='trainingForm:courses'] .ui-message-error")))
                .as("no message after removing a row").isEmpty();
        assertThat(courses().get(saved).findElement(By.cssSelector("input[id$=':name']")).getAttribute("value"))
                .isEqualTo("Handledarutbildning steg 1");

        // saving still checks every row: the remaining one has no dates yet
        browser.click(By.id("trainingForm:save"));
        browser.waitForMessageBeside("trainingForm:courses:" + saved + ":startDate", "Fältet måste fyllas i.");
        assertThat(browser.pageText()).doesNotContain("Rapporten är sparad");
    }

    /**
     * A course that ends before it starts is refused beside that row's end date, with what was typed kept (the message
     * was at the top of the page, naming the course by its number).
     */
    @Test
    void aCourseEndingBeforeItStartsIsRefusedBesideItsEndDate() {
        browser.signInWithTerm(Fixtures.SU, Fixtures.PASSWORD, Fixtures.TERM).open("/university/training.xhtml");
        int saved = courses().size();
        browser.click(By.id("trainingForm:addCourse"));
        waitForCourses(saved + 1);
        String row = "trainingForm:courses:" + saved + ":";
        browser.find(By.id(row + "name")).sendKeys("Handledarutbildning baklänges");
        browser.find(By.id(row + "startDate")).sendKeys("2027-03-01");
        browser.find(By.id(row + "endDate")).sendKeys("2027-01-20");
        browser.click(By.id("trainingForm:save"));

        browser.waitForMessageBeside(row + "endDate", "Utbildningen slutar innan den börjar.");
        assertThat(browser.driver().findElement(By.id("messages")).getText()).as("nothing at the top of the page").isEmpty();
        assertThat(browser.find(By.id(row + "startDate")).getAttribute("value")).isEqualTo("2027-03-01");
        assertThat(browser.find(By.id(row + "endDate")).getAttribute("value")).isEqualTo("2027-01-20");
        assertThat(browser.find(By.id(row + "name")).getAttribute("value")).isEqualTo("Handledarutbildning baklänges");
        assertThat(browser.pageText()).doesNotContain("Rapporten är sparad");
    }

    /** The central contact's page of every university's report names them in the page's language (they stayed Swedish). */
    @Test
    void theCentralPageNamesTheUniversitiesInThePagesLanguage() {
        browser.signInWithTerm(Fixtures.CENTRAL, Fixtures.PASSWORD, Fixtures.TERM).open("/central/training.xhtml");
        By su = By.cssSelector("#report-SU h2");
        assertThat(browser.find(su).getText()).isEqualTo("Stockholms universitet");

        browser.switchLanguage("en");
        assertThat(browser.find(su).getText()).isEqualTo("Stockholm University");
        assertThat(browser.find(By.cssSelector("#report-SH h2")).getText()).isEqualTo("Södertörn University");
    }

    @Test
    void addingStopsAtTheMostCoursesAReportCanList() {
        browser.signInWithTerm(Fixtures.SU, Fixtures.PASSWORD, Fixtures.TERM).open("/university/training.xhtml");
        By add = By.id("trainingForm:addCourse");

        for (int rows = courses().size(); rows < TrainingReport.COURSES_MAX; rows++) {
            assertThat(browser.driver().findElement(add).isEnabled()).as("add enabled at %d rows", rows).isTrue();
            browser.click(add);
            waitForCourses(rows + 1);
        }

        // the 51st would be refused on saving (it once showed the error page): the button says so instead
        WebElement full = browser.driver().findElement(add);
        assertThat(full.isEnabled()).as("add disabled at %d rows", TrainingReport.COURSES_MAX).isFalse();
        assertThat(browser.text("trainingForm:coursesFull")).isEqualTo("Rapporten listar redan så många utbildningar som den kan.");
        // removing one makes room again
        browser.click(By.id("trainingForm:courses:0:removeCourse"));
        waitForCourses(TrainingReport.COURSES_MAX - 1);
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15)).withMessage("add enabled again")
                .until(d -> d.findElement(add).isEnabled());
        assertThat(browser.driver().findElements(By.id("trainingForm:coursesFull"))).isEmpty();
    }

    private List<WebElement> courses() {
        return browser.driver().findElements(COURSE_ROWS);
    }

    private void waitForCourses(int count) {
        Browser.waitUp(browser.driver(), Duration.ofSeconds(15)).withMessage(count + " course rows")
                .until(d -> d.findElements(COURSE_ROWS).size() == count);
    }
}
