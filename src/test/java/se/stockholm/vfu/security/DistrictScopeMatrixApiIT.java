package se.stockholm.vfu.security;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.DistrictFixtures;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;
import se.stockholm.vfu.scope.ScopeMatrix;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scope matrix through the JSON API over real HTTP: Södermalm's district contact and a university coordinator
 * use Rinkeby-Kista's unit, supervisor and place offer ids, an inquiry Rinkeby-Kista forwarded to Södertörn and
 * Södertörn's supervisor-training report with every read, change, deactivate, reactivate, withdraw and decline
 * endpoint, and open the central contact's pages of them. Each is refused (403 or 404), a list filtered to the other
 * district shows none of its rows, a coordinator's save of "own" training report leaves Södertörn's alone, and the
 * record reads the same afterwards for the central contact. Cases are generated: caller × entity × operation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DistrictScopeMatrixApiIT {

    private static final List<String> CALLERS = List.of(Fixtures.SODERMALM, Fixtures.SU);
    private static final String PLACES = "api/terms/" + DistrictFixtures.OPEN_TERM + "/places";
    private static final String TRAINING = "api/terms/" + DistrictFixtures.OPEN_TERM + "/training-reports";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    /**
     * One generated case: a request, and the central contact's reading of the record it aims at. A list case passes
     * when the list shows no {@code foreign} row. What it must answer is the scope matrix's rule ({@link ScopeMatrix}):
     * {@code NOT_LISTED} may succeed on the caller's own records only, anything else is refused with its status.
     */
    record Case(String caller, String entity, String operation, String method, String path, String body,
                String snapshotPath, Predicate<JsonObject> foreign) {

        boolean list() {
            return foreign != null;
        }

        String channel() {
            return path.startsWith("api/") ? ScopeMatrix.REST : ScopeMatrix.PAGE;
        }

        @Override
        public String toString() {
            return caller + " × " + entity + " × " + operation + " (" + method + " " + path + ")";
        }
    }

    @Test
    void anotherDistrictsRecordsAreRefusedThroughTheApiAndUnchanged(TestReporter report) throws Exception {
        Http http = new Http(base.toURI());
        long rinkeby = id(http, "api/districts", "code", "RK");
        Predicate<JsonObject> rinkebyRow = row -> row.getJsonNumber("districtId").longValue() == rinkeby;
        long area = id(http, "api/areas-of-work", "code", "MOT");
        long unit = firstRow(http, "api/units?district=" + rinkeby + "&text=" + enc(DistrictFixtures.RINKEBY_UNIT));
        long supervisor = firstRow(http, "api/supervisors?district=" + rinkeby + "&text=" + DistrictFixtures.RINKEBY_SUPERVISOR);
        long place = firstRow(http, PLACES + "?district=" + rinkeby + "&unit=" + unit);
        long sh = id(http, "api/universities", "code", "SH");
        // a training report is saved with the version its coordinator read (SU's own, for the allowed case)
        long suVersion = Http.object(http.get(TRAINING + "/" + id(http, "api/universities", "code", "SU"),
                Fixtures.SU, Fixtures.PASSWORD)).getJsonNumber("version").longValue();
        long inquiry = rinkebyInquiryToSh(http, sh);
        saveShTrainingReport(http);
        String unitBody = "{\"name\":\"Övertagen\",\"areaId\":" + area + "}";
        // naming Rinkeby-Kista in a unit of one's own: the field was ignored, the unit created or changed in Södermalm
        String rinkebyUnitBody = "{\"name\":\"Övertagen\",\"areaId\":" + area + ",\"districtId\":" + rinkeby + "}";
        long own = sodermalmUnit(http, area);
        String ownUnitVersion = Http.object(http.get("api/units/" + own, Fixtures.CENTRAL, Fixtures.PASSWORD))
                .getJsonNumber("version").toString();
        String supervisorBody = "{\"unitId\":" + unit + ",\"name\":\"Övertagen\",\"email\":\"x@it.example\",\"maxStudents\":1}";
        String placeBody = "{\"unitId\":" + unit + ",\"areaId\":" + area + ",\"places\":9,\"languages\":[\"sv\"]}";

        List<Case> cases = new ArrayList<>();
        for (String caller : CALLERS) {
            String u = "api/units/" + unit;
            String s = "api/supervisors/" + supervisor;
            String p = PLACES + "/" + place;
            cases.add(new Case(caller, "unit", "read", "GET", u, null, u, null));
            cases.add(new Case(caller, "unit", "change", "PUT", u, unitBody, u, null));
            cases.add(new Case(caller, "unit", "deactivate", "POST", u + "/deactivate", "", u, null));
            cases.add(new Case(caller, "unit", "reactivate", "POST", u + "/reactivate", "", u, null));
            cases.add(new Case(caller, "unit", "list", "GET", "api/units?size=500&district=" + rinkeby, null, u, rinkebyRow));
            cases.add(new Case(caller, "unit", "create naming the other district", "POST", "api/units", rinkebyUnitBody,
                    "api/units?size=500&text=" + enc("Övertagen"), null));
            cases.add(new Case(caller, "unit", "change own naming the other district", "PUT", "api/units/" + own,
                    "{\"version\":" + ownUnitVersion + "," + rinkebyUnitBody.substring(1), "api/units/" + own, null));
            cases.add(new Case(caller, "supervisor", "read", "GET", s, null, s, null));
            cases.add(new Case(caller, "supervisor", "read history", "GET", s + "/training/history", null, s, null));
            cases.add(new Case(caller, "supervisor", "change", "PUT", s, supervisorBody, s, null));
            cases.add(new Case(caller, "supervisor", "change training", "PUT", s + "/training",
                    "{\"status\":\"NONE\"}", s + "/training/history", null));
            cases.add(new Case(caller, "supervisor", "deactivate", "POST", s + "/deactivate", "", s, null));
            cases.add(new Case(caller, "supervisor", "create in the other district", "POST", "api/supervisors",
                    supervisorBody, "api/supervisors?size=500&unit=" + unit, null));
            cases.add(new Case(caller, "supervisor", "list", "GET", "api/supervisors?size=500&district=" + rinkeby,
                    null, s, rinkebyRow));
            cases.add(new Case(caller, "place offer", "read", "GET", p, null, p, null));
            cases.add(new Case(caller, "place offer", "read history", "GET", p + "/history", null, p + "/history", null));
            cases.add(new Case(caller, "place offer", "change", "PUT", p, placeBody, p, null));
            cases.add(new Case(caller, "place offer", "withdraw", "POST", p + "/withdraw", "{\"reason\":\"Övertagen\"}",
                    p + "/history", null));
            cases.add(new Case(caller, "place offer", "create on the other district's unit", "POST", PLACES, placeBody,
                    PLACES + "/total?district=" + rinkeby, null));
            cases.add(new Case(caller, "place offer", "list", "GET", PLACES + "?size=500&district=" + rinkeby, null, p, rinkebyRow));
            cases.add(new Case(caller, "unit", "open the city's page", "GET", "central/units.xhtml", null, u, null));
            cases.add(new Case(caller, "place offer", "open the city's page", "GET", "central/places.xhtml", null, p, null));

            String i = "api/inquiries/" + inquiry;
            cases.add(new Case(caller, "inquiry", "read", "GET", i, null, i, null));
            cases.add(new Case(caller, "inquiry", "acknowledge", "POST", i + "/acknowledge", "", i, null));
            cases.add(new Case(caller, "inquiry", "decline", "POST", i + "/decline", "{\"reason\":\"Övertagen\"}", i, null));
            cases.add(new Case(caller, "inquiry", "turn into a request", "POST", i + "/request",
                    "{\"term\":\"" + Fixtures.REQUEST_TERM + "\",\"studentRef\":\"it-overtagen\"}", i, null));
            cases.add(new Case(caller, "inquiry", "list", "GET", "api/inquiries?size=500", null, i,
                    row -> row.getJsonNumber("id").longValue() == inquiry));

            String r = TRAINING + "/" + sh;
            cases.add(new Case(caller, "training report", "read", "GET", r, null, r, null));
            cases.add(new Case(caller, "training report", "read all", "GET", TRAINING, null, r, null));
            cases.add(new Case(caller, "training report", "save (own only)", "PUT", TRAINING + "/own",
                    "{\"version\":" + suVersion + ",\"courses\":[],\"staffOffered\":99,\"staffNotGivenPlace\":0,"
                            + "\"evaluationSummary\":\"Övertagen\"}",
                    r, null));
            cases.add(new Case(caller, "training report", "open the city's page", "GET", "central/training.xhtml", null,
                    r, null));
        }
        report.publishEntry("District scope matrix (REST and page URL channels)", cases.size() + " cases, "
                + cases.stream().filter(c -> c.entity().equals("inquiry")).count() + " of them inquiries, "
                + cases.stream().filter(c -> c.entity().equals("training report")).count() + " training reports");

        Map<String, String> before = new HashMap<>();
        ScopeMatrix.Tally rules = ScopeMatrix.tally(ScopeMatrix.DISTRICT_API);
        // every case is tried and every failing one listed, so one run shows every hole
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            try {
                check(http, c, rules.expect(c.caller(), c.entity(), c.operation(), c.channel()), before);
            } catch (AssertionError failed) {
                failures.add(failed.getMessage());
            }
        }
        assertThat(failures).as("refused and unchanged in every one of " + cases.size() + " cases").isEmpty();
        rules.assertEveryRuleTried();
    }

    /** Nothing may change, so each record is read once before and again after every case aimed at it. */
    private void check(Http http, Case c, ScopeMatrix.Expect expect, Map<String, String> before) throws Exception {
        before.computeIfAbsent(c.snapshotPath(), path -> read(http, path));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve(c.path()))
                .method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(c.body()))
                .header("Content-Type", "application/json");
        HttpResponse<String> response = http.send(request, c.caller(), Fixtures.PASSWORD);

        boolean notListed = expect == ScopeMatrix.Expect.NOT_LISTED;
        if (notListed && c.list() && response.statusCode() == 200) {
            assertThat(Http.object(response).getJsonArray("rows").getValuesAs(JsonObject.class))
                    .as(c.toString()).noneMatch(c.foreign());
        } else if (notListed && response.statusCode() == 200) {
            assertThat(response.body()).as(c.toString()).doesNotContain("IT: SH:s egen rapport");
        } else {
            // a list refused outright for the role is a 403; everything else answers the rule's own status
            int refusal = notListed ? 403 : expect.status;
            assertThat(response.statusCode()).as(c + " answered " + response.body()).isEqualTo(refusal);
            assertThat(response.body()).as(c.toString()).doesNotContain("Övertagen").doesNotContain("IT Rinkeby");
        }
        assertThat(read(http, c.snapshotPath())).as(c + ": unchanged").isEqualTo(before.get(c.snapshotPath()));
    }

    private static long rinkebyInquiryToSh(Http http, long sh) throws Exception {
        String body = "{\"studentName\":\"IT Matrisfråga API\",\"studentEmail\":\"matris@it.example\","
                + "\"message\":\"VFU i Rinkeby-Kista\",\"receivedOn\":\"2026-01-15\",\"universityId\":" + sh + "}";
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(http.uri("api/inquiries"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)),
                Fixtures.RINKEBY, Fixtures.PASSWORD);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.object(created).getJsonNumber("id").longValue();
    }

    private static void saveShTrainingReport(Http http) throws Exception {
        // saved on the version SH's coordinator reads now, as the page does
        long version = Http.object(http.get(TRAINING + "/" + id(http, "api/universities", "code", "SH"),
                Fixtures.SH, Fixtures.PASSWORD)).getJsonNumber("version").longValue();
        String body = "{\"version\":" + version + ",\"courses\":" + """
                [{"name":"IT Handledarutbildning SH","startDate":"2032-09-01","endDate":"2032-10-01","seats":10}],
                 "staffOffered":10,"staffNotGivenPlace":1,"evaluationSummary":"IT: SH:s egen rapport"}""";
        HttpResponse<String> saved = http.send(HttpRequest.newBuilder(http.uri(TRAINING + "/own"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)),
                Fixtures.SH, Fixtures.PASSWORD);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    /** A unit of Södermalm's own, made by its district contact. */
    private static long sodermalmUnit(Http http, long area) throws Exception {
        String body = "{\"name\":\"IT Matris egen enhet " + System.nanoTime() + "\",\"areaId\":" + area + "}";
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(http.uri("api/units"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)),
                Fixtures.SODERMALM, Fixtures.PASSWORD);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.object(created).getJsonNumber("id").longValue();
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
