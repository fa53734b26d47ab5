package se.stockholm.vfu.allocation;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.AllocationFixtures;
import se.stockholm.vfu.it.AllocationFixtures.Scenario;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;
import se.stockholm.vfu.it.PageClient;
import se.stockholm.vfu.it.RunAs;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What one more place would buy, on the fixed term of {@link AllocationFixtures}: Södermalm has 2 places for a, b and
 * c; Rinkeby 1 for e; d takes anything but Rinkeby. Three can be placed, one of a, b, c and d cannot. So a place in
 * Södermalm places one more and unlimited places there two (one of a, b, c and d); a place in any other district
 * but Rinkeby places d; Rinkeby helps nobody (only e, already placed, wants it; d excluded it).
 */
@ExtendWith(ArquillianExtension.class)
class WhatIfIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Inject
    WhatIfService whatIfService;

    @Inject
    AllocationFixtures fixtures;

    @Inject
    RunAs runAs;

    @Test
    void eachPairGainsWhatItsStudentsCanTakeWithSumsPerDistrictAndArea() throws Exception {
        Scenario term = fixtures.newTerm();

        WhatIfReport report = runAs.user(Fixtures.CENTRAL, () -> whatIfService.whatIf(term.termId()));

        assertThat(report.requests()).isEqualTo(5);
        assertThat(report.placeable()).isEqualTo(3);
        long districts = report.byDistrict().size();
        long areas = report.byArea().size();
        assertThat(report.pairs()).hasSize((int) (districts * areas));
        assertThat(report.pairs()).filteredOn(line -> line.districtCode().equals("SO"))
                .hasSize((int) areas).allSatisfy(line -> {
                    assertThat(line.gainOfOne()).isEqualTo(1);
                    assertThat(line.absorbable()).isEqualTo(2);
                    assertThat(line.district()).isEqualTo("Södermalm");
                });
        assertThat(report.pairs()).filteredOn(line -> line.districtCode().equals("RK"))
                .allSatisfy(line -> assertThat(List.of(line.gainOfOne(), line.absorbable())).containsExactly(0, 0));
        assertThat(report.pairs()).filteredOn(line -> !List.of("SO", "RK").contains(line.districtCode()))
                .allSatisfy(line -> assertThat(List.of(line.gainOfOne(), line.absorbable())).containsExactly(1, 1));
        assertThat(report.pairs().subList(0, (int) areas)).as("Södermalm first: largest gain")
                .allSatisfy(line -> assertThat(line.districtCode()).isEqualTo("SO"));
        assertThat(report.pairs().get(report.pairs().size() - 1).districtCode()).isEqualTo("RK");

        assertThat(report.byDistrict().get(0)).isEqualTo(
                new WhatIfSumLine("SO", "Södermalm", (int) areas, 2 * (int) areas, 2));
        assertThat(report.byDistrict()).filteredOn(sum -> sum.code().equals("RK")).singleElement()
                .isEqualTo(new WhatIfSumLine("RK", sum("RK", report), 0, 0, 0));
        assertThat(report.byArea()).allSatisfy(sum -> {
            assertThat(sum.helpingPairs()).as("every district but Rinkeby").isEqualTo(districts - 1);
            assertThat(sum.absorbableSum()).isEqualTo(2 + (districts - 2));
            assertThat(sum.absorbableTogether()).as("d and one of a, b, c").isEqualTo(2);
        });
    }

    @Test
    void onlyTheCentralContactAndTheAdministratorSeeItInTheServiceAndTheApi() throws Exception {
        Scenario term = fixtures.newTerm();
        for (String user : List.of(Fixtures.SODERMALM, Fixtures.SU)) {
            assertThatThrownBy(() -> runAs.user(user, () -> whatIfService.whatIf(term.termId())))
                    .as(user).isInstanceOf(EJBAccessException.class);
        }
        Http http = new Http(base.toURI());
        String path = "api/terms/" + term.termCode() + "/allocation/what-if";
        for (String user : List.of(Fixtures.SODERMALM, Fixtures.RINKEBY, Fixtures.SU)) {
            assertThat(http.get(path, user, Fixtures.PASSWORD).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(http.get(path, null, null).statusCode()).isEqualTo(401);
        assertThat(http.get("api/terms/XX1999/allocation/what-if", Fixtures.CENTRAL, Fixtures.PASSWORD).statusCode())
                .isEqualTo(404);

        for (String user : List.of(Fixtures.CENTRAL, Fixtures.ADMIN)) {
            HttpResponse<String> response = http.get(path, user, Fixtures.PASSWORD);
            assertThat(response.statusCode()).as(user).isEqualTo(200);
            JsonObject report = Http.object(response);
            assertThat(report.getInt("placeable")).isEqualTo(3);
            JsonObject best = report.getJsonArray("pairs").getJsonObject(0);
            assertThat(best.getString("districtCode")).isEqualTo("SO");
            assertThat(best.getInt("gainOfOne")).isEqualTo(1);
            assertThat(best.getInt("absorbable")).isEqualTo(2);
            assertThat(report.getJsonArray("byDistrict").getJsonObject(0).getInt("absorbableTogether")).isEqualTo(2);
        }
    }

    @Test
    void theAllocationPageShowsThePairsSortedByGainWithTheSums() throws Exception {
        Scenario term = fixtures.newTerm();
        PageClient pages = new PageClient(base.toURI(), Fixtures.CENTRAL, Fixtures.PASSWORD);
        pages.chooseTerm("central/allocation.xhtml", term.termCode());
        assertThat(pages.open("central/allocation.xhtml").body()).contains("id=\"whatIfForm:computeWhatIf\"")
                .doesNotContain("id=\"whatIfForm:whatIfPairs\"");

        String page = new String(pages.press("central/allocation.xhtml", "whatIfForm:computeWhatIf", Map.of()).body(),
                StandardCharsets.UTF_8);

        assertThat(page).contains("id=\"whatIfForm:whatIfPairs\"", "id=\"whatIfForm:whatIfDistricts\"",
                "id=\"whatIfForm:whatIfAreas\"", "Nu kan 3 av 5 studenter placeras.");
        String pairs = page.substring(page.indexOf("id=\"whatIfForm:whatIfPairs\""),
                page.indexOf("id=\"whatIfForm:whatIfDistricts\""));
        // the first row of the pairs is Södermalm's, gaining one and absorbing two
        assertThat(pairs.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ")).containsPattern("Södermalm \\S.*? sv 1 2 ");
    }

    /**
     * Lines with the same figures are in alphabetical order of the names the page shows, as on other pages: they were
     * in the order of their codes (Östermalm before Skarpnäck, "Äldreomsorg" and in English "Elderly care" first).
     */
    @Test
    void tiesAreInAlphabeticalOrderOfTheNamesInThePagesLanguage() throws Exception {
        Scenario term = fixtures.newTerm();
        PageClient pages = new PageClient(base.toURI(), Fixtures.CENTRAL, Fixtures.PASSWORD);
        pages.chooseTerm("central/allocation.xhtml", term.termCode());
        pages.open("central/allocation.xhtml");
        String swedish = new String(pages.press("central/allocation.xhtml", "whatIfForm:computeWhatIf", Map.of())
                .body(), StandardCharsets.UTF_8);
        pages.press("central/allocation.xhtml", "header:lang-en", Map.of());
        pages.open("central/allocation.xhtml");
        String english = new String(pages.press("central/allocation.xhtml", "whatIfForm:computeWhatIf", Map.of())
                .body(), StandardCharsets.UTF_8);

        // every district but Södermalm (first) and Rinkeby (last, no gain) gains the same
        assertInOrder(table(swedish, "whatIfDistricts", "whatIfAreas"),
                "Södermalm", "Norrmalm", "Skarpnäck", "Skärholmen", "Spånga-Tensta", "Östermalm", "Rinkeby-Kista");
        // every area gains the same
        assertInOrder(table(swedish, "whatIfAreas", "<small>"),
                "Barn och unga", "Ekonomiskt bistånd", "Vuxna och missbruk", "Äldreomsorg (biståndshandläggning)");
        assertInOrder(table(english, "whatIfAreas", "<small>"),
                "Adults and substance abuse", "Children and youth", "Elderly care", "Income support");
        // the pairs of one district, which gain the same, by area
        assertInOrder(table(english, "whatIfPairs", "whatIfDistricts"),
                "Adults and substance abuse", "Children and youth", "Elderly care", "Income support");
    }

    /** The text of the page from the table {@code id} to {@code end}, tags left out. */
    private static String table(String page, String id, String end) {
        int start = page.indexOf("id=\"whatIfForm:" + id + "\"");
        return page.substring(start, page.indexOf(end, start + 1)).replaceAll("<[^>]+>", " ");
    }

    /** The names first appear in the text in this order. */
    private static void assertInOrder(String text, String... names) {
        List<String> found = Stream.of(names).filter(text::contains).sorted(Comparator.comparingInt(text::indexOf))
                .toList();
        assertThat(found).as("in the table: %s", text.replaceAll("\\s+", " ")).containsExactly(names);
    }

    private static String sum(String code, WhatIfReport report) {
        return report.pairs().stream().filter(line -> line.districtCode().equals(code)).findFirst().orElseThrow()
                .district();
    }
}
