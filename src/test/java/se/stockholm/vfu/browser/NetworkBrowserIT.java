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
import se.stockholm.vfu.network.NetworkFixtures;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The central contact's journey: creates the introduction day of a term (the network test's term, whose day the
 * test data removes at each start), sees it invite the districts and universities, and records who attended.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class NetworkBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @Test
    void theCentralContactCreatesTheIntroductionDayAndRecordsAttendance() {
        String title = "Introduktionsdag " + NetworkFixtures.BROWSER_TERM + " (IT)";
        browser.logIn(Fixtures.CENTRAL, Fixtures.PASSWORD);
        browser.find(By.id("header:nav-network")).click();
        browser.find(By.id("eventsForm:newEvent")).click();
        browser.choose("editForm:kind", "Introduktionsdag");
        // the term menu is enabled by the ajax update that follows the kind
        browser.find(By.cssSelector("#editForm\\:term:not(.ui-state-disabled)"));
        browser.choose("editForm:term", NetworkFixtures.BROWSER_TERM);
        browser.find(By.id("editForm:title")).sendKeys(title);
        browser.find(By.id("editForm:date")).sendKeys("2026-11-02");
        browser.find(By.id("editForm:place")).sendKeys("Stadshuset, Hantverkargatan 1");
        browser.find(By.id("editForm:agenda")).sendKeys("Välkommen\nHandledning under VFU");
        browser.find(By.id("editForm:save")).click();

        assertThat(browser.textOnceFilled(By.id("detailTitle"))).isEqualTo(title);
        assertThat(browser.text("detailForm:invitees")).contains("Södermalm").contains("SU");
        browser.screenshot("network-introduction-day-created");

        browser.find(By.cssSelector("label[for='detailForm:invitees:0:attendance:1']")).click();
        browser.find(By.cssSelector("label[for='detailForm:invitees:1:attendance:2']")).click();
        WebElement before = browser.find(By.id("detailTitle"));
        browser.find(By.id("detailForm:saveAttendance")).click();
        browser.waitUntilReplaced(before, Duration.ofSeconds(20));

        assertThat(browser.textOnceFilled(By.cssSelector("#detailForm\\:detailMessages .ui-messages-info")))
                .contains("Närvaron på " + title + " är sparad");
        WebElement row = browser.find(By.xpath("//tbody[@id='eventsForm:events_data']/tr[contains(., '" + title + "')]"));
        assertThat(row.getText()).contains("1 av").contains("deltog");
        browser.screenshot("network-attendance-recorded");
    }
}
