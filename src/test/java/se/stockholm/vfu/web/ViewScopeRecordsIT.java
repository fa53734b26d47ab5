package se.stockholm.vfu.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.PageClient;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user who opens page after page in one session (a district contact all day on the places page) leaves in the
 * session the records of the last views only, not one per page ever opened: Mojarra kept a record of each view's
 * {@code @ViewScoped} beans until the session ended (web.EndedViewScopes). Read through the test deployment's
 * it.ViewScopeRecordsResource, in the same session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ViewScopeRecordsIT {

    /** More views than Mojarra keeps active in a session (25 by default). */
    private static final int PAGES = 40;

    /** Requests of one session at once. */
    private static final int TABS = 4;

    @ArquillianResource
    URL base;

    @Test
    void aSessionKeepsRecordsOfItsActiveViewsOnlyHoweverManyPagesItOpened() throws Exception {
        PageClient districtContact = new PageClient(base.toURI(), Fixtures.SODERMALM, Fixtures.PASSWORD);
        for (int page = 0; page < PAGES; page++) {
            assertThat(districtContact.open("district/places.xhtml").statusCode()).isEqualTo(200);
        }

        JsonObject records = records(districtContact);
        assertThat(records.getInt("activeViews")).as(records.toString()).isPositive().isLessThan(PAGES);
        assertThat(records.getInt("recordedViews")).as(records.toString())
                .isPositive().isLessThanOrEqualTo(records.getInt("activeViews"));
        assertThat(records.getInt("recordedEndedViews")).as(records.toString()).isZero();
        assertThat(records.getInt("activeViewsWithoutRecord")).as(records.toString()).isZero();
    }

    /**
     * Pages opened at the same time in one session (tabs opened together): dropping the records of ended views must
     * never drop the fresh record of a view another request is opening, whose beans would otherwise be made anew,
     * empty, at its next request.
     */
    @Test
    void pagesOpenedAtOnceInOneSessionKeepTheirRecords() throws Exception {
        PageClient districtContact = new PageClient(base.toURI(), Fixtures.SODERMALM, Fixtures.PASSWORD);
        ExecutorService tabs = Executors.newFixedThreadPool(TABS);
        try {
            List<Future<Integer>> opened = new ArrayList<>();
            for (int tab = 0; tab < TABS; tab++) {
                opened.add(tabs.submit(() -> {
                    int ok = 0;
                    for (int page = 0; page < PAGES / TABS; page++) {
                        ok += districtContact.send("GET", districtContact.uri("district/places.xhtml"), null, null)
                                .statusCode() == 200 ? 1 : 0;
                    }
                    return ok;
                }));
            }
            for (Future<Integer> tab : opened) {
                assertThat(tab.get(2, TimeUnit.MINUTES)).isEqualTo(PAGES / TABS);
            }
        } finally {
            tabs.shutdownNow();
        }

        JsonObject records = records(districtContact);
        assertThat(records.getInt("activeViews")).as(records.toString()).isPositive();
        assertThat(records.getInt("recordedEndedViews")).as(records.toString()).isZero();
        assertThat(records.getInt("activeViewsWithoutRecord")).as(records.toString()).isZero();
    }

    private JsonObject records(PageClient session) throws Exception {
        HttpResponse<String> answer = session.send("GET", session.uri("api/it/session/view-scopes"), null, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Json.createReader(new StringReader(answer.body())).readObject();
    }
}
