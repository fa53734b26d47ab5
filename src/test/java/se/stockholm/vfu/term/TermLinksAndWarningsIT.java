package se.stockholm.vfu.term;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.PageClient;
import se.stockholm.vfu.it.TestTerms;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Found in exploratory testing (tester 6, findings 5a and 11): a term opened for reporting with its deadline already
 * passed was saved without a word (the districts at once read that the deadline had passed); a link naming a term that
 * does not exist ({@code ?term=XX9999}) quietly showed the header's term; a request link whose id is no number
 * ({@code ?id=abc}) showed the heading of a blank new request. Pages over HTTP, in Swedish (the default language);
 * inside the server only to remove the term it opened (a term of the demo's years, and an open one becomes the one
 * users start in).
 */
@ExtendWith(ArquillianExtension.class)
class TermLinksAndWarningsIT {

    private static final String NOT_FOUND = "Det du söker finns inte";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    ServletContext servletContext;

    @Inject
    TestTerms testTerms;

    URI base;

    @BeforeEach
    void client() {
        base = Deployments.baseFromInside(servletContext);
    }

    @Test
    void aTermOpenedForReportingWithItsDeadlinesPassedIsSavedWithAWarning() throws Exception {
        PageClient central = new PageClient(base, Fixtures.CENTRAL, Fixtures.PASSWORD);
        String terms = central.open("central/terms.xhtml").body();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        // a term starting within the next months (deadlines may be at most 12 months before the start) not yet opened
        LocalDate start = null;
        String code = null;
        for (int months = 1; months < 11 && code == null; months++) {
            LocalDate candidate = today.plusMonths(months).withDayOfMonth(1);
            String candidateCode = (candidate.getMonthValue() <= 6 ? "VT" : "HT") + candidate.getYear();
            if (!terms.contains(">" + candidateCode + "<")) {
                start = candidate;
                code = candidateCode;
            }
        }
        assertThat(code).as("a term of the coming months not opened yet").isNotNull();
        LocalDate yesterday = today.minusDays(1);

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.execute", "termForm");
        fields.put("jakarta.faces.partial.render", "termForm termsForm:terms");
        fields.put("termForm:saveTerm", "termForm:saveTerm");
        fields.put("termForm:season_input", code.substring(0, 2));
        fields.put("termForm:year", code.substring(2));
        fields.put("termForm:vfuStart", start.toString());
        fields.put("termForm:vfuEnd", start.plusMonths(4).toString());
        fields.put("termForm:reportingDeadline", yesterday.toString());
        fields.put("termForm:requestDeadline", yesterday.toString());
        fields.put("termForm:targetPlaces", "100");
        fields.put("termForm:status_input", TermStatus.OPEN.name());
        HttpResponse<String> saved = central.ajax("central/terms.xhtml", "termForm:saveTerm", "click", fields);
        testTerms.remove(code);

        assertThat(saved.body()).as("saved, not refused: %s", saved.body()).contains("Terminen " + code + " är sparad")
                .contains(code + " är öppen för rapportering, men sista dag för att rapportera platser (" + yesterday
                        + ") har redan passerat")
                .contains("men sista dag för förfrågningar (" + yesterday + ") har redan passerat");
    }

    @Test
    void aLinkNamingATermThatDoesNotExistSaysSo() throws Exception {
        PageClient central = new PageClient(base, Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(central.open("placements.xhtml?term=XX9999").body())
                .contains("Terminen XX9999 finns inte. Sidan visar terminen som är vald i sidhuvudet.");
        assertThat(central.open("placements.xhtml?term=" + Fixtures.TERM).body()).doesNotContain("finns inte");
    }

    @Test
    void aRequestLinkWhoseIdIsNoNumberSaysNotFoundNotANewRequest() throws Exception {
        PageClient su = new PageClient(base, Fixtures.SU, Fixtures.PASSWORD);
        String page = su.open("university/request.xhtml?id=abc").body();
        assertThat(page).contains(NOT_FOUND).doesNotContain("Ny förfrågan").doesNotContain("requestForm");
        assertThat(su.open("university/request.xhtml").body()).as("no id: a new request")
                .contains("Ny förfrågan").contains("requestForm").doesNotContain(NOT_FOUND);
    }
}
