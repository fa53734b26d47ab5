package se.stockholm.vfu.placement;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.it.AllocationFixtures;
import se.stockholm.vfu.it.AllocationFixtures.Scenario;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Allocation and placements over the JSON API, as each role: only the central contact runs and publishes; a district
 * answers only its own offers; another district or a university gets 404/403 and nothing changes; a confirmed
 * placement shows its request as placed. The test runs in
 * the server to make its own term, and talks to the API over HTTP like any client.
 */
@ExtendWith(ArquillianExtension.class)
class PlacementsApiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Inject
    AllocationFixtures fixtures;

    @Test
    void theCentralContactRunsAndPublishesAndOnlyTheDistrictConcernedAnswers() throws Exception {
        Scenario term = fixtures.newTerm();
        Http http = new Http(base.toURI());
        String allocation = "api/terms/" + term.termCode() + "/allocation";
        String placements = "api/terms/" + term.termCode() + "/placements";

        assertThat(post(http, allocation + "/runs?seed=4", "", Fixtures.SODERMALM).statusCode()).isEqualTo(403);
        assertThat(post(http, allocation + "/runs?seed=4", "", Fixtures.SU).statusCode()).isEqualTo(403);
        assertThat(http.get(allocation, Fixtures.SU, Fixtures.PASSWORD).statusCode()).isEqualTo(403);

        JsonObject summary = Http.object(http.get(allocation, Fixtures.CENTRAL, Fixtures.PASSWORD));
        assertThat(summary.getInt("ceiling")).isEqualTo(3);
        assertThat(summary.getInt("requests")).isEqualTo(5);
        assertThat(summary.getJsonArray("shortage")).isNotEmpty();

        HttpResponse<String> ran = post(http, allocation + "/runs?seed=4", "", Fixtures.CENTRAL);
        assertThat(ran.statusCode()).isEqualTo(201);
        JsonObject run = Http.object(ran).getJsonObject("run");
        assertThat(run.getInt("placedCount")).isEqualTo(3);
        long runId = run.getJsonNumber("id").longValue();
        JsonObject replay = Http.object(post(http, allocation + "/runs/" + runId + "/replay", "", Fixtures.CENTRAL));
        assertThat(replay.getBoolean("sameResult")).isTrue();
        assertThat(Http.object(http.get(placements, Fixtures.RINKEBY, Fixtures.PASSWORD)).getInt("total"))
                .as("proposals are not shown before publishing").isZero();

        assertThat(Http.object(post(http, allocation + "/publish", "", Fixtures.CENTRAL)).getInt("offers")).isEqualTo(3);

        JsonObject offer = Http.object(http.get(placements, Fixtures.RINKEBY, Fixtures.PASSWORD))
                .getJsonArray("rows").getJsonObject(0);
        long id = offer.getJsonNumber("id").longValue();
        long version = offer.getJsonNumber("version").longValue();
        String path = placements + "/" + id;
        String confirm = "{\"version\":" + version + ",\"supervisorId\":" + term.rinkebySupervisor() + "}";

        assertThat(http.get(path, Fixtures.SODERMALM, Fixtures.PASSWORD).statusCode()).isEqualTo(404);
        assertThat(post(http, path + "/confirm", confirm, Fixtures.SODERMALM).statusCode()).isEqualTo(404);
        // the placement is read in the caller's scope first: SH's student is not one of SU's, so not found for SU
        assertThat(post(http, path + "/confirm", confirm, Fixtures.SU).statusCode()).isEqualTo(404);
        assertThat(post(http, path + "/cancel", "{\"version\":" + version + ",\"reason\":\"x\"}", Fixtures.RINKEBY)
                .statusCode()).isEqualTo(403);
        assertThat(Http.object(http.get(path, Fixtures.SH, Fixtures.PASSWORD)).getString("status")).isEqualTo("OFFERED");
        String request = "api/terms/" + term.termCode() + "/requests/" + offer.getJsonNumber("requestId").longValue();
        assertThat(Http.object(http.get(request, Fixtures.SH, Fixtures.PASSWORD)).getString("status"))
                .as("an offer the district has not answered does not place the student").isEqualTo("SENT");

        // under another term the placement is not found, whoever asks, and no answer reaches it through that path
        String elsewhere = "api/terms/" + fixtures.newTerm().termCode() + "/placements/" + id;
        assertThat(http.get(elsewhere, Fixtures.CENTRAL, Fixtures.PASSWORD).statusCode()).isEqualTo(404);
        assertThat(http.get(elsewhere + "/supervisors", Fixtures.RINKEBY, Fixtures.PASSWORD).statusCode()).isEqualTo(404);
        assertThat(post(http, elsewhere + "/confirm", confirm, Fixtures.RINKEBY).statusCode()).isEqualTo(404);
        assertThat(post(http, elsewhere + "/cancel", "{\"version\":" + version + ",\"reason\":\"x\"}", Fixtures.CENTRAL)
                .statusCode()).isEqualTo(404);
        assertThat(Http.object(http.get(path, Fixtures.RINKEBY, Fixtures.PASSWORD)).getString("status")).isEqualTo("OFFERED");

        HttpResponse<String> noReason = post(http, path + "/decline", "{\"version\":" + version + ",\"reason\":\"\"}",
                Fixtures.RINKEBY);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");

        HttpResponse<String> confirmed = post(http, path + "/confirm", confirm, Fixtures.RINKEBY);
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(Http.object(confirmed).getString("status")).isEqualTo("CONFIRMED");
        assertThat(Http.object(http.get(request, Fixtures.SH, Fixtures.PASSWORD)).getString("status")).isEqualTo("PLACED");
        JsonObject placedList = Http.object(http.get("api/terms/" + term.termCode() + "/requests?status=PLACED",
                Fixtures.SH, Fixtures.PASSWORD));
        assertThat(placedList.getInt("total")).as("the university's placed students").isEqualTo(1);
        assertThat(placedList.getJsonArray("rows").getJsonObject(0).getString("status")).isEqualTo("PLACED");
        assertThat(Http.object(http.get("api/terms/" + term.termCode() + "/requests?status=SENT", Fixtures.CENTRAL,
                Fixtures.PASSWORD)).getInt("total")).as("the other four, offered or unplaced").isEqualTo(4);
        assertThat(post(http, path + "/decline", "{\"version\":" + version + ",\"reason\":\"Sent\"}", Fixtures.RINKEBY)
                .statusCode()).as("an answer on an old version").isEqualTo(409);
    }

    /**
     * An interruption is dated within the placement, on a day that has come: the API took 2020-01-01 and a date after
     * the VFU period (found in exploratory testing), and the compensation basis counted weeks up to it.
     */
    @Test
    void anInterruptionIsDatedWithinTheVfuPeriodAndNotAhead() throws Exception {
        Http http = new Http(base.toURI());
        Started started = started(http);
        LocalDate today = LocalDate.now(StockholmTime.ZONE);

        for (LocalDate refused : List.of(LocalDate.of(2020, 1, 1), AllocationFixtures.SPAN_START.minusDays(1),
                today.minusDays(1), today.plusDays(1), started.vfuEnd().plusDays(1))) {
            HttpResponse<String> answer = post(http, started.path() + "/interrupt", "{\"version\":" + started.version()
                    + ",\"reason\":\"Sjukdom\",\"date\":\"" + refused + "\"}", Fixtures.CENTRAL);
            assertThat(answer.statusCode()).as(refused + ": " + answer.body()).isEqualTo(400);
            assertThat(Http.object(answer).getString("field")).isEqualTo("date");
        }
        assertThat(Http.object(http.get(started.path(), Fixtures.CENTRAL, Fixtures.PASSWORD)).getString("status"))
                .as("nothing changed").isEqualTo("STARTED");
        HttpResponse<String> inFuture = post(http, started.path() + "/interrupt", "{\"version\":" + started.version()
                + ",\"reason\":\"Sjukdom\",\"date\":\"" + today.plusDays(1) + "\"}", Fixtures.CENTRAL);
        assertThat(Http.object(inFuture).getString("detail"))
                .isEqualTo("The date cannot be in the future: give the day the placement ended.");

        JsonObject interrupted = Http.object(post(http, started.path() + "/interrupt", "{\"version\":"
                + started.version() + ",\"reason\":\"Sjukdom\",\"date\":\"" + today + "\"}", Fixtures.CENTRAL));
        assertThat(interrupted.getString("status")).isEqualTo("INTERRUPTED");
        assertThat(interrupted.getString("endedOn")).as("today: the day it was marked started").isEqualTo(
                today.toString());
    }

    /**
     * A completion follows the interruption's date rule: the API took any date, and one before the VFU start dropped
     * the supervised weeks from the compensation basis while one far ahead counted weeks not yet supervised.
     */
    @Test
    void aCompletionIsDatedWithinTheVfuPeriodAndNotAhead() throws Exception {
        Http http = new Http(base.toURI());
        Started started = started(http);
        LocalDate today = LocalDate.now(StockholmTime.ZONE);

        for (LocalDate refused : List.of(LocalDate.of(2020, 1, 1), today.minusDays(1), today.plusDays(1),
                started.vfuEnd(), started.vfuEnd().plusDays(1))) {
            HttpResponse<String> answer = post(http, started.path() + "/complete", "{\"version\":" + started.version()
                    + ",\"date\":\"" + refused + "\"}", Fixtures.CENTRAL);
            assertThat(answer.statusCode()).as(refused + ": " + answer.body()).isEqualTo(400);
            assertThat(Http.object(answer).getString("field")).isEqualTo("date");
        }
        assertThat(Http.object(http.get(started.path(), Fixtures.CENTRAL, Fixtures.PASSWORD)).getString("status"))
                .as("nothing changed").isEqualTo("STARTED");

        JsonObject completed = Http.object(post(http, started.path() + "/complete", "{\"version\":"
                + started.version() + "}", Fixtures.CENTRAL));
        assertThat(completed.getString("status")).isEqualTo("COMPLETED");
        assertThat(completed.getString("endedOn")).as("no date: today").isEqualTo(today.toString());
    }

    /** A placement of a term of its own, started today by the district, in a VFU period that spans today. */
    private record Started(String path, String version, LocalDate vfuEnd) {
    }

    private Started started(Http http) throws Exception {
        Scenario term = fixtures.newTerm();
        fixtures.spanToday(term);
        String placements = "api/terms/" + term.termCode() + "/placements";
        assertThat(post(http, "api/terms/" + term.termCode() + "/allocation/runs?seed=4", "", Fixtures.CENTRAL)
                .statusCode()).isEqualTo(201);
        post(http, "api/terms/" + term.termCode() + "/allocation/publish", "", Fixtures.CENTRAL);
        JsonObject offer = Http.object(http.get(placements, Fixtures.RINKEBY, Fixtures.PASSWORD))
                .getJsonArray("rows").getJsonObject(0);
        String path = placements + "/" + offer.getJsonNumber("id").longValue();
        post(http, path + "/confirm", "{\"version\":" + offer.getJsonNumber("version") + ",\"supervisorId\":"
                + term.rinkebySupervisor() + "}", Fixtures.RINKEBY);
        JsonObject confirmed = Http.object(http.get(path, Fixtures.RINKEBY, Fixtures.PASSWORD));
        JsonObject started = Http.object(post(http, path + "/start", "{\"version\":" + confirmed.getJsonNumber("version")
                + "}", Fixtures.RINKEBY));
        assertThat(started.getString("status")).isEqualTo("STARTED");
        LocalDate vfuEnd = LocalDate.parse(Http.object(http.get("api/terms/" + term.termCode(), Fixtures.CENTRAL,
                Fixtures.PASSWORD)).getString("vfuEnd"));
        return new Started(path, started.getJsonNumber("version").toString(), vfuEnd);
    }

    private static HttpResponse<String> post(Http http, String path, String json, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), user, Fixtures.PASSWORD);
    }
}
