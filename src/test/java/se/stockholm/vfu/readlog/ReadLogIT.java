package se.stockholm.vfu.readlog;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;
import se.stockholm.vfu.it.PageClient;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The read log over real HTTP: a coordinator's view of a student's request through the API, the request page, the
 * list page and the list's export each write one entry per student with the coordinator's username, the request's
 * id and the channel; placements shown carry the placement's id too; the administrator finds the entries by user and
 * by the student's reference (in a body, never a URL); nobody else may search. An allocation run's details and the
 * change history (API) write entries for exactly the students they show, by id only: the history's inquiries by the
 * inquiry, visit bookings by the booking, candidacies, concerns and meetings by their placement and its student;
 * so do the visits page and the API's booking list for the bookings they list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadLogIT {

    private static final String REQUESTS = "api/terms/" + Fixtures.REQUEST_TERM + "/requests";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    Http http;

    @BeforeEach
    void client() throws Exception {
        http = new Http(base.toURI());
    }

    @Test
    void aCoordinatorsApiReadIsLoggedWithTheirUsernameTheStudentAndTheCall() throws Exception {
        long id = suRequestId();
        Map<String, Object> mine = Map.of("username", Fixtures.SU, "requestId", id, "channel", "API");
        long before = total(mine);

        assertThat(http.get(REQUESTS + "/" + id, Fixtures.SU, Fixtures.PASSWORD).statusCode()).isEqualTo(200);

        assertThat(total(mine)).isEqualTo(before + 1);
        JsonObject entry = newest(mine);
        assertThat(entry.getString("username")).isEqualTo(Fixtures.SU);
        assertThat(entry.getJsonNumber("requestId").longValue()).isEqualTo(id);
        assertThat(entry.getString("channel")).isEqualTo("API");
        assertThat(entry.getString("operation")).isEqualTo("GET /api/terms/{term}/requests/{id}");
        assertThat(entry.containsKey("placementId")).as("a request, not a placement, was shown").isFalse();
    }

    /** The API's list asked again is answered from the query cache (persistence.xml), and is a read all the same. */
    @Test
    void theApiListAskedTwiceIsLoggedTwice() throws Exception {
        long id = suRequestId();
        Map<String, Object> mine = Map.of("username", Fixtures.SU, "requestId", id, "channel", "API");
        String list = REQUESTS + "?text=it-su-r1&size=20";
        long before = total(mine);

        for (int call = 1; call <= 2; call++) {
            assertThat(http.get(list, Fixtures.SU, Fixtures.PASSWORD).statusCode()).isEqualTo(200);
            assertThat(total(mine)).as("entries after call %d", call).isEqualTo(before + call);
        }
        assertThat(newest(mine).getString("operation")).isEqualTo("GET /api/terms/{term}/requests");
    }

    @Test
    void aReadWhoseEntryCannotBeWrittenIsNotAnsweredAndAnEntryKeepsTheTimeOfTheRead() throws Exception {
        long id = suRequestId();
        Map<String, Object> mine = Map.of("username", Fixtures.SU, "requestId", id, "channel", "API");
        long before = total(mine);
        assertThat(http.send(HttpRequest.newBuilder(http.uri("api/it/read-log-refusal"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.ADMIN, Fixtures.PASSWORD).statusCode()).isEqualTo(204);
        try {
            for (String read : List.of(REQUESTS + "/" + id, REQUESTS + "?size=20")) {
                HttpResponse<String> refused = http.get(read, Fixtures.SU, Fixtures.PASSWORD);
                assertThat(refused.statusCode()).as(read + " answered although its read log was refused")
                        .isGreaterThanOrEqualTo(500);
                assertThat(refused.body()).as(read).doesNotContain("it-su-r1");
            }
        } finally {
            assertThat(http.send(HttpRequest.newBuilder(http.uri("api/it/read-log-refusal")).DELETE(),
                    Fixtures.ADMIN, Fixtures.PASSWORD).statusCode()).isEqualTo(204);
        }
        assertThat(total(mine)).as("no entry for the reads refused").isEqualTo(before);

        Instant asked = Instant.now();
        assertThat(http.get(REQUESTS + "/" + id, Fixtures.SU, Fixtures.PASSWORD).statusCode()).isEqualTo(200);
        Instant answered = Instant.now();

        assertThat(total(mine)).isEqualTo(before + 1);
        Instant logged = DateTimeFormatter.ISO_DATE_TIME.parse(newest(mine).getString("readAt"), Instant::from);
        assertThat(logged).as("the entry's time, stored in UTC and read back")
                .isBetween(asked.minusSeconds(2), answered.plusSeconds(2));
    }

    @Test
    void aCoordinatorsViewOfTheRequestPageIsLoggedOnce() throws Exception {
        long id = suRequestId();
        Map<String, Object> mine = Map.of("username", Fixtures.SU, "requestId", id, "channel", "PAGE");
        PageClient pages = new PageClient(base.toURI(), Fixtures.SU, Fixtures.PASSWORD);
        pages.chooseTerm("university/requests.xhtml", Fixtures.REQUEST_TERM);
        long before = total(mine);

        HttpResponse<String> page = pages.open("university/request.xhtml?id=" + id);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("it-su-r1");
        assertThat(total(mine)).isEqualTo(before + 1);
        assertThat(newest(mine).getString("operation")).isEqualTo("university/request");
    }

    @Test
    void aListPageLogsEveryStudentItShowsAndItsExportEveryStudentExported() throws Exception {
        long id = suRequestId();
        Map<String, Object> viewed = Map.of("username", Fixtures.SU, "requestId", id, "channel", "PAGE");
        Map<String, Object> exported = Map.of("username", Fixtures.SU, "channel", "EXPORT");
        PageClient pages = new PageClient(base.toURI(), Fixtures.SU, Fixtures.PASSWORD);
        pages.chooseTerm("university/requests.xhtml", Fixtures.REQUEST_TERM);
        long viewedBefore = total(viewed);

        HttpResponse<String> list = pages.open("university/requests.xhtml");

        assertThat(list.body()).contains("it-su-r1");
        assertThat(total(viewed)).as("one entry per row shown, none for counting the rows").isEqualTo(viewedBefore + 1);
        assertThat(newest(viewed).getString("operation")).isEqualTo("university/requests");

        long exportedBefore = total(exported);
        HttpResponse<byte[]> csv = pages.press("university/requests.xhtml", "requestsForm:exportCsv", Map.of());

        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        assertThat(total(exported)).as("one entry per student exported").isEqualTo(exportedBefore + lines.size() - 1);
        JsonObject entry = newest(Map.of("username", Fixtures.SU, "requestId", id, "channel", "EXPORT"));
        assertThat(entry.getString("operation")).isEqualTo("university/requests csv");
    }

    @Test
    void placementsShownAreLoggedWithThePlacementAndItsStudent() throws Exception {
        JsonObject scenario = publishedAllocation();
        long student = scenario.getJsonObject("students").getJsonNumber("e").longValue();
        String placements = "api/terms/" + scenario.getString("termCode") + "/placements";

        HttpResponse<String> list = http.get(placements, Fixtures.SH, Fixtures.PASSWORD);

        assertThat(list.statusCode()).isEqualTo(200);
        long placementId = Http.object(list).getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getJsonNumber("requestId").longValue() == student).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        JsonObject entry = newest(Map.of("username", Fixtures.SH, "requestId", student));
        assertThat(entry.getJsonNumber("placementId").longValue()).isEqualTo(placementId);
        assertThat(entry.getString("channel")).isEqualTo("API");
        assertThat(entry.getString("operation")).isEqualTo("GET /api/terms/{term}/placements");
    }

    @Test
    void anAllocationRunsDetailsLogExactlyTheStudentsTheyName() throws Exception {
        JsonObject scenario = Http.object(http.send(HttpRequest.newBuilder(http.uri("api/it/allocation-scenario"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD));
        String allocation = "api/terms/" + scenario.getString("termCode") + "/allocation";
        for (String run : List.of(allocation + "/runs?seed=8", allocation + "/runs?seed=9")) {
            assertThat(http.send(HttpRequest.newBuilder(http.uri(run)).POST(HttpRequest.BodyPublishers.noBody()),
                    Fixtures.CENTRAL, Fixtures.PASSWORD).statusCode()).as(run).isEqualTo(201);
        }
        long runId = Http.array(http.get(allocation + "/runs", Fixtures.CENTRAL, Fixtures.PASSWORD))
                .getValuesAs(JsonObject.class).get(0).getJsonNumber("id").longValue();
        long mark = newestId(Fixtures.CENTRAL);

        HttpResponse<String> details = http.get(allocation + "/runs/" + runId, Fixtures.CENTRAL, Fixtures.PASSWORD);

        assertThat(details.statusCode()).isEqualTo(200);
        JsonObject shown = Http.object(details);
        Set<Long> named = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (String part : List.of("unplaced", "diff")) {
            shown.getJsonArray(part).getValuesAs(JsonObject.class).forEach(line -> {
                named.add(line.getJsonNumber("requestId").longValue());
                names.add(line.getString("studentName"));
            });
        }
        assertThat(named).as("five students on three places: someone is unplaced").isNotEmpty();
        List<JsonObject> written = since(Fixtures.CENTRAL, mark);
        assertThat(written).extracting(e -> e.getJsonNumber("requestId").longValue())
                .containsExactlyInAnyOrderElementsOf(named);
        assertThat(written).allSatisfy(e -> {
            assertThat(e.getString("channel")).isEqualTo("API");
            assertThat(e.getString("operation")).isEqualTo("GET /api/terms/{term}/allocation/runs/{id}");
            assertThat(e.containsKey("placementId")).isFalse();
        });
        assertThat(written.toString()).as("nothing personal in the entries").doesNotContain(names);
    }

    @Test
    void theChangeHistoryLogsTheStudentsWhoseRequestOrPlacementItShows() throws Exception {
        JsonObject scenario = publishedAllocation();
        long student = scenario.getJsonObject("students").getJsonNumber("e").longValue();
        long placementId = Http.object(http.get("api/terms/" + scenario.getString("termCode") + "/placements",
                        Fixtures.CENTRAL, Fixtures.PASSWORD)).getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getJsonNumber("requestId").longValue() == student).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long mark = newestId(Fixtures.CENTRAL);

        for (String query : List.of("type=student_request&recordId=" + student, "type=placement&recordId=" + placementId,
                "type=unit&size=5")) {
            HttpResponse<String> page = http.get("api/audit?" + query, Fixtures.CENTRAL, Fixtures.PASSWORD);
            assertThat(page.statusCode()).as(query).isEqualTo(200);
            assertThat(Http.object(page).getJsonArray("rows")).as(query).isNotEmpty();
        }

        List<JsonObject> written = since(Fixtures.CENTRAL, mark);
        assertThat(written).extracting(e -> e.getJsonNumber("requestId").longValue(),
                        e -> e.containsKey("placementId") ? e.getJsonNumber("placementId").longValue() : null)
                .as("the request once, the placement with its student once, the units not at all")
                .containsExactlyInAnyOrder(tuple(student, null), tuple(student, placementId));
        assertThat(written).allSatisfy(e -> {
            assertThat(e.getString("channel")).isEqualTo("API");
            assertThat(e.getString("operation")).isEqualTo("GET /api/audit");
        });
        assertThat(written.toString()).doesNotContain("IT Alloc").doesNotContain("it-alloc");
    }

    @Test
    void theChangeHistoryLogsTheStudentsOfInquiriesBookingsCandidaciesConcernsAndMeetingsItShows() throws Exception {
        JsonObject made = Http.object(http.send(HttpRequest.newBuilder(http.uri("api/it/data-subject-scenario"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD));
        JsonObject around = made.getJsonArray("around").getJsonObject(0);
        long placementId = made.getJsonArray("placements").getJsonNumber(0).longValue();
        long requestId = Http.object(http.get("api/terms/HT2061/placements/" + placementId, Fixtures.CENTRAL,
                Fixtures.PASSWORD)).getJsonNumber("requestId").longValue();
        long inquiryId = around.getJsonNumber("inquiryId").longValue();
        long bookingId = around.getJsonNumber("refBookingId").longValue();
        long mark = newestId(Fixtures.CENTRAL);

        Map<String, Long> shown = Map.of("inquiry", inquiryId, "observation_booking", bookingId,
                "candidate", around.getJsonNumber("candidateId").longValue(),
                "placement_concern", around.getJsonNumber("concernId").longValue(),
                "placement_meeting", around.getJsonNumber("meetingId").longValue());
        for (Map.Entry<String, Long> record : shown.entrySet()) {
            String query = "type=" + record.getKey() + "&recordId=" + record.getValue();
            HttpResponse<String> page = http.get("api/audit?" + query, Fixtures.CENTRAL, Fixtures.PASSWORD);
            assertThat(page.statusCode()).as(query).isEqualTo(200);
            assertThat(Http.object(page).getJsonArray("rows")).as(query).isNotEmpty();
        }

        List<JsonObject> written = since(Fixtures.CENTRAL, mark);
        assertThat(written).extracting(e -> id(e, "requestId"), e -> id(e, "placementId"), e -> id(e, "inquiryId"),
                        e -> id(e, "bookingId"))
                .as("the inquiry by its id, the booking by its id, the candidacy, concern and meeting by their"
                        + " placement and its student, one entry per record shown")
                .containsExactlyInAnyOrder(tuple(null, null, inquiryId, null), tuple(null, null, null, bookingId),
                        tuple(requestId, placementId, null, null), tuple(requestId, placementId, null, null),
                        tuple(requestId, placementId, null, null));
        assertThat(written).allSatisfy(e -> {
            assertThat(e.getString("channel")).isEqualTo("API");
            assertThat(e.getString("operation")).isEqualTo("GET /api/audit");
        });
        String marker = made.getJsonArray("markers").getString(0);
        assertThat(written.toString()).as("nothing personal in the entries").doesNotContain(marker)
                .doesNotContain(made.getJsonArray("refs").getString(0));
        assertThat(rows(Map.of("bookingId", bookingId))).as("the administrator finds the booking's reads")
                .extracting(e -> e.getString("username")).contains(Fixtures.CENTRAL);
    }

    @Test
    void theVisitsPageAndTheBookingListLogTheBookingsTheyShowByTheirIdOnly() throws Exception {
        JsonObject scenario = Http.object(http.send(HttpRequest.newBuilder(http.uri("api/it/support-scenario/visit?seats=3"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD));
        String term = scenario.getString("termCode");
        long visitId = scenario.getJsonNumber("visitId").longValue();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "IT Auskultant " + tag;
        String body = Json.createObjectBuilder().add("studentName", name).add("studentEmail", tag + "@auskultant.example")
                .add("studentRef", "it-ausk-" + tag).build().toString();
        HttpResponse<String> booked = http.send(HttpRequest.newBuilder(
                        http.uri("api/terms/" + term + "/visits/" + visitId + "/bookings"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)),
                Fixtures.SU, Fixtures.PASSWORD);
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(200);
        long bookingId = Http.object(booked).getJsonNumber("id").longValue();
        PageClient pages = new PageClient(base.toURI(), Fixtures.SU, Fixtures.PASSWORD);
        pages.chooseTerm("visits.xhtml", term);
        long mark = newestId(Fixtures.SU);

        HttpResponse<String> page = pages.open("visits.xhtml");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).as("the booking is on the page's first page of bookings").contains(name);
        assertThat(since(Fixtures.SU, mark)).filteredOn(e -> Long.valueOf(bookingId).equals(id(e, "bookingId")))
                .as("one entry for the booking shown, none for counting the rows")
                .extracting(e -> e.getString("channel"), e -> e.getString("operation"))
                .containsExactly(tuple("PAGE", "visits"));

        long apiMark = newestId(Fixtures.SU);
        HttpResponse<String> list = http.get("api/terms/" + term + "/visit-bookings?visit=" + visitId, Fixtures.SU,
                Fixtures.PASSWORD);

        assertThat(Http.object(list).getJsonArray("rows").getValuesAs(JsonObject.class))
                .extracting(row -> row.getJsonNumber("id").longValue()).containsExactly(bookingId);
        List<JsonObject> written = since(Fixtures.SU, apiMark);
        assertThat(written).extracting(e -> id(e, "requestId"), e -> id(e, "placementId"), e -> id(e, "inquiryId"),
                        e -> id(e, "bookingId"), e -> e.getString("channel"), e -> e.getString("operation"))
                .as("exactly the booking listed, by its id")
                .containsExactly(tuple(null, null, null, bookingId, "API", "GET /api/terms/{term}/visit-bookings"));

        long oneMark = newestId(Fixtures.SU);
        HttpResponse<String> one = http.get("api/terms/" + term + "/visit-bookings/" + bookingId, Fixtures.SU,
                Fixtures.PASSWORD);
        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        assertThat(since(Fixtures.SU, oneMark)).extracting(e -> id(e, "bookingId"), e -> e.getString("channel"),
                        e -> e.getString("operation"))
                .as("opening one booking is logged too, by its id")
                .containsExactly(tuple(bookingId, "API", "GET /api/terms/{term}/visit-bookings/{id}"));
        String pageEntries = since(Fixtures.SU, mark).toString();
        assertThat(pageEntries).as("nothing personal in the entries").doesNotContain(name)
                .doesNotContain("@auskultant.example").doesNotContain("it-ausk-");
        assertThat(rows(Map.of("bookingId", bookingId))).as("the administrator finds the booking's reads")
                .extracting(e -> e.getString("username")).containsOnly(Fixtures.SU);
    }

    private static Long id(JsonObject entry, String name) {
        return entry.containsKey(name) && !entry.isNull(name) ? entry.getJsonNumber(name).longValue() : null;
    }

    @Test
    void inquiriesShownAreLoggedByTheInquirysIdForExactlyThoseShown() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "IT Direkt " + tag;
        long su = Http.array(http.get("api/universities", Fixtures.CENTRAL, Fixtures.PASSWORD))
                .getValuesAs(JsonObject.class).stream().filter(u -> u.getString("code").equals("SU")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        String body = Json.createObjectBuilder().add("studentName", name).add("studentEmail", tag + "@direkt.example")
                .add("message", "Hej!").add("receivedOn", LocalDate.now(StockholmTime.ZONE).toString()).add("universityId", su)
                .build().toString();
        HttpResponse<String> forwarded = http.send(HttpRequest.newBuilder(http.uri("api/inquiries"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)),
                Fixtures.SODERMALM, Fixtures.PASSWORD);
        assertThat(forwarded.statusCode()).as(forwarded.body()).isEqualTo(201);
        long id = Http.object(forwarded).getJsonNumber("id").longValue();
        long mark = newestId(Fixtures.SU);

        assertThat(http.get("api/inquiries/" + id, Fixtures.SU, Fixtures.PASSWORD).statusCode()).isEqualTo(200);
        HttpResponse<String> list = http.get("api/inquiries?text=" + tag, Fixtures.SU, Fixtures.PASSWORD);

        assertThat(Http.object(list).getJsonArray("rows").getValuesAs(JsonObject.class))
                .extracting(row -> row.getJsonNumber("id").longValue()).containsExactly(id);
        List<JsonObject> written = since(Fixtures.SU, mark);
        assertThat(written).extracting(e -> e.getJsonNumber("inquiryId").longValue(), e -> e.getString("operation"))
                .containsExactlyInAnyOrder(tuple(id, "GET /api/inquiries/{id}"), tuple(id, "GET /api/inquiries"));
        assertThat(written).allSatisfy(e -> {
            assertThat(e.getString("channel")).isEqualTo("API");
            assertThat(e.containsKey("requestId")).as("not a request yet").isFalse();
        });
        assertThat(written.toString()).as("nothing personal in the entries").doesNotContain(name)
                .doesNotContain("@direkt.example");
        assertThat(rows(Map.of("inquiryId", id))).extracting(e -> e.getString("username"))
                .as("the district that forwarded it saw it too").contains(Fixtures.SODERMALM, Fixtures.SU)
                .containsOnly(Fixtures.SODERMALM, Fixtures.SU);
    }

    @Test
    void theAdministratorFindsEntriesByUserAndByTheStudentsReference() throws Exception {
        long id = suRequestId();
        http.get(REQUESTS + "/" + id, Fixtures.SU, Fixtures.PASSWORD);

        List<JsonObject> byStudent = rows(Map.of("studentRef", "IT-SU-R1", "size", 500));
        assertThat(byStudent).isNotEmpty();
        assertThat(byStudent).extracting(row -> row.getJsonNumber("requestId").longValue())
                .as("every request with the reference it-su-r1, any case").containsOnly(id);
        List<JsonObject> byUser = rows(Map.of("username", Fixtures.SU, "size", 500));
        assertThat(byUser).isNotEmpty();
        assertThat(byUser).extracting(row -> row.getString("username")).containsOnly(Fixtures.SU);
        assertThat(byUser).anyMatch(row -> row.getJsonNumber("requestId").longValue() == id);

        // a student's reference is personal data: as a query parameter it is ignored, never used
        long all = Http.object(http.get("api/read-log?size=1", Fixtures.ADMIN, Fixtures.PASSWORD))
                .getJsonNumber("total").longValue();
        long withRef = Http.object(http.get("api/read-log?size=1&studentRef=it-su-r1", Fixtures.ADMIN, Fixtures.PASSWORD))
                .getJsonNumber("total").longValue();
        assertThat(withRef).isEqualTo(all);
    }

    @Test
    void onlyTheAdministratorSearchesTheReadLog() throws Exception {
        for (String outsider : List.of(Fixtures.CENTRAL, Fixtures.SU, Fixtures.SODERMALM)) {
            assertThat(http.get("api/read-log", outsider, Fixtures.PASSWORD).statusCode()).as(outsider).isEqualTo(403);
            assertThat(search(outsider, Map.of("username", Fixtures.SU)).statusCode()).as(outsider).isEqualTo(403);
            PageClient pages = new PageClient(base.toURI(), outsider, Fixtures.PASSWORD);
            assertThat(pages.open("admin/read-log.xhtml").statusCode()).as(outsider + ": page").isEqualTo(403);
        }
        PageClient admin = new PageClient(base.toURI(), Fixtures.ADMIN, Fixtures.PASSWORD);
        HttpResponse<String> page = admin.open("admin/read-log.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Läslogg").contains("id=\"header:nav-read-log\"");
        assertThat(new PageClient(base.toURI(), Fixtures.CENTRAL, Fixtures.PASSWORD).open("index.xhtml").body())
                .doesNotContain("nav-read-log");
    }

    private long suRequestId() throws Exception {
        return Http.object(http.get(REQUESTS + "?text=it-su-r1&size=500", Fixtures.SU, Fixtures.PASSWORD))
                .getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getString("studentRef").equals("it-su-r1")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private JsonObject publishedAllocation() throws Exception {
        JsonObject scenario = Http.object(http.send(HttpRequest.newBuilder(http.uri("api/it/allocation-scenario"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD));
        String allocation = "api/terms/" + scenario.getString("termCode") + "/allocation";
        for (String step : List.of(allocation + "/runs?seed=8", allocation + "/publish")) {
            assertThat(http.send(HttpRequest.newBuilder(http.uri(step)).POST(HttpRequest.BodyPublishers.noBody()),
                    Fixtures.CENTRAL, Fixtures.PASSWORD).statusCode()).as(step)
                    .isEqualTo(step.endsWith("/publish") ? 200 : 201);
        }
        return scenario;
    }

    /** The id of the user's newest entry, 0 when none. */
    private long newestId(String username) throws Exception {
        List<JsonObject> rows = rows(Map.of("username", username, "size", 1));
        return rows.isEmpty() ? 0 : rows.get(0).getJsonNumber("id").longValue();
    }

    /** The user's entries written after the one with id {@code mark}. */
    private List<JsonObject> since(String username, long mark) throws Exception {
        return rows(Map.of("username", username, "size", 500)).stream()
                .filter(e -> e.getJsonNumber("id").longValue() > mark).toList();
    }

    private long total(Map<String, Object> filters) throws Exception {
        HttpResponse<String> found = search(Fixtures.ADMIN, filters);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        return Http.object(found).getJsonNumber("total").longValue();
    }

    private JsonObject newest(Map<String, Object> filters) throws Exception {
        List<JsonObject> rows = rows(filters);
        assertThat(rows).as("entries for " + filters).isNotEmpty();
        return rows.get(0);
    }

    private List<JsonObject> rows(Map<String, Object> filters) throws Exception {
        return Http.object(search(Fixtures.ADMIN, filters)).getJsonArray("rows").getValuesAs(JsonObject.class);
    }

    static HttpResponse<String> search(Http http, String user, Map<String, Object> filters) throws Exception {
        JsonObjectBuilder body = Json.createObjectBuilder();
        filters.forEach((name, value) -> {
            if (value instanceof Number number) {
                body.add(name, number.longValue());
            } else {
                body.add(name, value.toString());
            }
        });
        return http.send(HttpRequest.newBuilder(http.uri("api/read-log/search"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.build().toString())), user, Fixtures.PASSWORD);
    }

    private HttpResponse<String> search(String user, Map<String, Object> filters) throws Exception {
        return search(http, user, filters);
    }
}
