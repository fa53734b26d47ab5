package se.stockholm.vfu.place;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.DistrictFixtures;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;
import se.stockholm.vfu.it.PageClient;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The places table's row buttons send the place's row key as a request parameter to one command per action
 * (js/row-commands.js), so the key is the client's to send. The beans take only rows the table showed this user in
 * this view (PagedTable.shownRow): a district contact who sends another district's place gets the portal's not-found
 * message and nothing of that place, for each of the three commands, while the central contact's same command shows
 * the place once the central contact's own search has put it in the table.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlaceRowCommandsIT {

    /** The portal's message for a record that is not there or not the user's to see (error.notFound). */
    private static final String NOT_THERE = "Det du söker finns inte, eller så har du inte behörighet att se det.";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void anotherDistrictsPlaceSentToTheRowCommandsIsRefusedAndShowsNothingOfIt() throws Exception {
        long rinkebyPlace = rinkebyPlace();

        PageClient central = new PageClient(base.toURI(), Fixtures.CENTRAL, Fixtures.PASSWORD);
        central.chooseTerm("central/places.xhtml", DistrictFixtures.OPEN_TERM);
        central.open("central/places.xhtml");
        central.ajax("central/places.xhtml", "placesForm:places", "filter", Map.of("placesForm:places_filtering", "true",
                "placesForm:places_encodeFeature", "true", "placesForm:places:globalFilter", DistrictFixtures.RINKEBY_UNIT));
        assertThat(command(central, "central/places.xhtml", "placeHistoryRow", rinkebyPlace).body())
                .as("the central contact's history of the place").contains(DistrictFixtures.RINKEBY_UNIT).doesNotContain(NOT_THERE);

        PageClient sodermalm = new PageClient(base.toURI(), Fixtures.SODERMALM, Fixtures.PASSWORD);
        sodermalm.chooseTerm("district/places.xhtml", DistrictFixtures.OPEN_TERM);
        for (String command : List.of("placeHistoryRow", "editPlaceRow", "withdrawPlaceRow")) {
            sodermalm.open("district/places.xhtml");
            String answer = command(sodermalm, "district/places.xhtml", command, rinkebyPlace).body();
            assertThat(answer).as(command).contains(NOT_THERE)
                    // PrimeFaces' callback argument: the page's oncomplete then opens no dialog
                    .containsPattern("validationFailed(\"|&#34;):true")
                    .doesNotContain(DistrictFixtures.RINKEBY_UNIT);
        }
    }

    /** The command as the row button calls it, with the dialogs it opens rendered in the answer. */
    private static HttpResponse<String> command(PageClient client, String path, String command, long place) throws Exception {
        String source = "placesForm:" + command;
        return client.ajax(path, source, "action", Map.of(source, source, "row", Long.toString(place),
                "jakarta.faces.partial.render", source + " placeForm withdrawForm placeHistoryDialog messages"));
    }

    private long rinkebyPlace() throws Exception {
        Http http = new Http(base.toURI());
        long rinkeby = Http.array(http.get("api/districts", Fixtures.CENTRAL, Fixtures.PASSWORD)).getValuesAs(JsonObject.class)
                .stream().filter(d -> d.getString("code").equals("RK")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        HttpResponse<String> places = http.get("api/terms/" + DistrictFixtures.OPEN_TERM + "/places?district=" + rinkeby,
                Fixtures.CENTRAL, Fixtures.PASSWORD);
        return Http.object(places).getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("unitName").equals(DistrictFixtures.RINKEBY_UNIT)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }
}
