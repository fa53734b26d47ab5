package se.stockholm.vfu.security;

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

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scope matrix through the JSON API over real HTTP: Södermalm's district contact and a university coordinator
 * use Rinkeby-Kista's unit, supervisor and place offer ids with every read, change, deactivate and withdraw
 * endpoint. Each is refused (403 or 404), a list filtered to the other district shows none of its rows, and the
 * record reads the same afterwards for the central contact. Cases are generated: caller × entity × operation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DistrictScopeMatrixApiIT {

    private static final List<String> CALLERS = List.of(Fixtures.SODERMALM, Fixtures.SU);
    private static final String PLACES = "api/terms/" + DistrictFixtures.OPEN_TERM + "/places";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    /** One generated case: a request, and the central contact's reading of the record it aims at. */
    record Case(String caller, String entity, String operation, String method, String path, String body,
                String snapshotPath, boolean list) {

        @Override
        public String toString() {
            return caller + " × " + entity + " × " + operation + " (" + method + " " + path + ")";
        }
    }

    @Test
    void anotherDistrictsRecordsAreRefusedThroughTheApiAndUnchanged() throws Exception {
        Http http = new Http(base.toURI());
        long rinkeby = id(http, "api/districts", "code", "RK");
        long area = id(http, "api/areas-of-work", "code", "MOT");
        long unit = firstRow(http, "api/units?district=" + rinkeby + "&text=" + enc(DistrictFixtures.RINKEBY_UNIT));
        long supervisor = firstRow(http, "api/supervisors?district=" + rinkeby + "&text=" + DistrictFixtures.RINKEBY_SUPERVISOR);
        long place = firstRow(http, PLACES + "?district=" + rinkeby + "&unit=" + unit);
        String unitBody = "{\"name\":\"Övertagen\",\"areaId\":" + area + "}";
        String supervisorBody = "{\"unitId\":" + unit + ",\"name\":\"Övertagen\",\"email\":\"x@it.example\",\"maxStudents\":1}";
        String placeBody = "{\"unitId\":" + unit + ",\"areaId\":" + area + ",\"places\":9,\"languages\":[\"sv\"]}";

        List<Case> cases = new ArrayList<>();
        for (String caller : CALLERS) {
            String u = "api/units/" + unit;
            String s = "api/supervisors/" + supervisor;
            String p = PLACES + "/" + place;
            cases.add(new Case(caller, "unit", "read", "GET", u, null, u, false));
            cases.add(new Case(caller, "unit", "change", "PUT", u, unitBody, u, false));
            cases.add(new Case(caller, "unit", "deactivate", "POST", u + "/deactivate", "", u, false));
            cases.add(new Case(caller, "unit", "reactivate", "POST", u + "/reactivate", "", u, false));
            cases.add(new Case(caller, "unit", "list", "GET", "api/units?size=500&district=" + rinkeby, null, u, true));
            cases.add(new Case(caller, "supervisor", "read", "GET", s, null, s, false));
            cases.add(new Case(caller, "supervisor", "read history", "GET", s + "/training/history", null, s, false));
            cases.add(new Case(caller, "supervisor", "change", "PUT", s, supervisorBody, s, false));
            cases.add(new Case(caller, "supervisor", "change training", "PUT", s + "/training",
                    "{\"status\":\"NONE\"}", s + "/training/history", false));
            cases.add(new Case(caller, "supervisor", "deactivate", "POST", s + "/deactivate", "", s, false));
            cases.add(new Case(caller, "supervisor", "create in the other district", "POST", "api/supervisors",
                    supervisorBody, "api/supervisors?size=500&unit=" + unit, false));
            cases.add(new Case(caller, "supervisor", "list", "GET", "api/supervisors?size=500&district=" + rinkeby,
                    null, s, true));
            cases.add(new Case(caller, "place offer", "read", "GET", p, null, p, false));
            cases.add(new Case(caller, "place offer", "read history", "GET", p + "/history", null, p + "/history", false));
            cases.add(new Case(caller, "place offer", "change", "PUT", p, placeBody, p, false));
            cases.add(new Case(caller, "place offer", "withdraw", "POST", p + "/withdraw", "{\"reason\":\"Övertagen\"}",
                    p + "/history", false));
            cases.add(new Case(caller, "place offer", "create on the other district's unit", "POST", PLACES, placeBody,
                    PLACES + "/total?district=" + rinkeby, false));
            cases.add(new Case(caller, "place offer", "list", "GET", PLACES + "?size=500&district=" + rinkeby, null, p, true));
        }
        System.out.println("District scope matrix (REST channel): " + cases.size() + " cases");

        // nothing may change, so each record is read once before and again after every case aimed at it
        Map<String, String> before = new HashMap<>();
        for (Case c : cases) {
            before.computeIfAbsent(c.snapshotPath(), path -> read(http, path));
            HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve(c.path()))
                    .method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(c.body()))
                    .header("Content-Type", "application/json");
            HttpResponse<String> response = http.send(request, c.caller(), Fixtures.PASSWORD);

            if (c.list() && response.statusCode() == 200) {
                assertThat(Http.object(response).getJsonArray("rows").getValuesAs(JsonObject.class))
                        .as(c.toString()).noneMatch(row -> row.getJsonNumber("districtId").longValue() == rinkeby);
            } else {
                assertThat(response.statusCode()).as(c + " answered " + response.body()).isIn(403, 404);
                assertThat(response.body()).as(c.toString()).doesNotContain("Övertagen").doesNotContain("IT Rinkeby");
            }
            assertThat(read(http, c.snapshotPath())).as(c + ": unchanged").isEqualTo(before.get(c.snapshotPath()));
        }
    }

    private static String read(Http http, String path) {
        try {
            return http.get(path, Fixtures.CENTRAL, Fixtures.PASSWORD).body();
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static long id(Http http, String path, String key, String value) throws Exception {
        return Http.array(http.get(path, Fixtures.CENTRAL, Fixtures.PASSWORD)).getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString(key).equals(value)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static long firstRow(Http http, String path) throws Exception {
        HttpResponse<String> response = http.get(path, Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return Http.object(response).getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
