package se.stockholm.vfu.audit;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
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
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change history over HTTP: the page, its export and GET /api/audit, for the central contact and admin only; an
 * export of a visit booking's history is in the read log by the booking's id.
 */
@ExtendWith(ArquillianExtension.class)
class AuditPageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void theCentralContactAndTheAdministratorSeeThePageAndItsExport() throws Exception {
        for (String user : List.of(Fixtures.CENTRAL, Fixtures.ADMIN)) {
            PageClient page = new PageClient(base.toURI(), user, Fixtures.PASSWORD);
            HttpResponse<String> opened = page.open("central/audit.xhtml");
            assertThat(opened.statusCode()).as(user).isEqualTo(200);
            assertThat(opened.body()).contains("Ändringshistorik").contains("auditForm:audit");

            HttpResponse<byte[]> csv = page.press("central/audit.xhtml", "auditForm:exportCsv", Map.of());
            assertThat(csv.statusCode()).as(user).isEqualTo(200);
            String text = new String(csv.body(), StandardCharsets.UTF_8);
            assertThat(text).contains("Användare").contains("Posttyp").contains("system");
        }
    }

    /**
     * A record id longer than its field (the browser's limit bypassed) is refused with the length alone: it was said
     * twice, "Högst 19 tecken." and the number converter's "Post-id ska vara ett heltal.", since the length was
     * refused after decoding and the conversion still ran.
     */
    @Test
    void aTooLongRecordIdIsRefusedOnceBesideItsField() throws Exception {
        PageClient page = new PageClient(base.toURI(), Fixtures.CENTRAL, Fixtures.PASSWORD);
        page.open("central/audit.xhtml");
        HttpResponse<String> filtered = page.ajax("central/audit.xhtml", "auditForm:filter", "click",
                Map.of("auditForm:filter", "auditForm:filter", "auditForm:recordId", "1".repeat(25),
                        "jakarta.faces.partial.execute", "auditForm:filter auditForm:recordId",
                        "jakarta.faces.partial.render", "auditForm"));
        assertThat(filtered.body()).contains("Högst 19 tecken.").doesNotContain("Post-id ska vara ett heltal.")
                .contains("value=\"" + "1".repeat(25) + "\"");
    }

    @Test
    void theExportOfAVisitBookingsHistoryIsInTheReadLogByTheBookingsIdOnly() throws Exception {
        Http http = new Http(base.toURI());
        JsonObject made = Http.object(http.send(HttpRequest.newBuilder(http.uri("api/it/data-subject-scenario"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD));
        long booking = made.getJsonArray("around").getJsonObject(0).getJsonNumber("refBookingId").longValue();
        PageClient page = new PageClient(base.toURI(), Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(page.open("central/audit.xhtml").statusCode()).isEqualTo(200);

        HttpResponse<byte[]> csv = page.press("central/audit.xhtml", "auditForm:exportCsv",
                Map.of("auditForm:type_input", "observation_booking", "auditForm:recordId", Long.toString(booking)));

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).as("the booking's history, its student named")
                .contains("IT Auskultant " + made.getJsonArray("markers").getString(0));
        HttpResponse<String> logged = http.send(HttpRequest.newBuilder(http.uri("api/read-log/search"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"bookingId\":" + booking + ",\"username\":\""
                        + Fixtures.CENTRAL + "\"}")), Fixtures.ADMIN, Fixtures.PASSWORD);
        List<JsonObject> entries = Http.object(logged).getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(entries).as("the export (the page showed the new booking's row on opening too)")
                .anySatisfy(entry -> {
                    assertThat(entry.getString("channel")).isEqualTo("EXPORT");
                    assertThat(entry.getString("operation")).isEqualTo("central/audit csv");
                });
        assertThat(entries).allSatisfy(entry -> assertThat(entry.containsKey("requestId"))
                .as("a booking belongs to no request").isFalse());
    }

    @Test
    void theAdministratorSeesTheRetentionLimitsAndRuns() throws Exception {
        PageClient admin = new PageClient(base.toURI(), Fixtures.ADMIN, Fixtures.PASSWORD);
        HttpResponse<String> page = admin.open("admin/retention.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Gallring av personuppgifter").contains("retentionForm:runNow")
                .contains("Studentförfrågningar").contains("terminens slutdatum").contains("Direktförfrågningar");

        PageClient district = new PageClient(base.toURI(), Fixtures.SODERMALM, Fixtures.PASSWORD);
        assertThat(district.open("admin/retention.xhtml").statusCode()).isEqualTo(403);
    }

    @Test
    void districtAndUniversityUsersAreRefusedThePageAndTheApi() throws Exception {
        for (String user : List.of(Fixtures.SODERMALM, Fixtures.SU)) {
            PageClient page = new PageClient(base.toURI(), user, Fixtures.PASSWORD);
            HttpResponse<String> refused = page.open("central/audit.xhtml");
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("auditForm");

            HttpResponse<String> api = new Http(base.toURI()).get("api/audit", user, Fixtures.PASSWORD);
            assertThat(api.statusCode()).as(user).isEqualTo(403);
            assertThat(api.body()).doesNotContain("revision");
        }
    }

    @Test
    void aChangeThroughTheApiIsRecordedAsTheCaller() throws Exception {
        Http http = new Http(base.toURI());
        String name = "IT Audit API " + System.nanoTime();
        HttpResponse<String> created = createSodermalmUnit(http, name);
        assertThat(created.statusCode()).isEqualTo(201);
        long id = Http.object(created).getJsonNumber("id").longValue();

        JsonObject history = Http.object(http.get("api/audit?type=unit&recordId=" + id, Fixtures.CENTRAL, Fixtures.PASSWORD));
        assertThat(history.getInt("total")).isEqualTo(1);
        JsonObject entry = history.getJsonArray("rows").getJsonObject(0);
        assertThat(entry.getString("username")).isEqualTo(Fixtures.SODERMALM);
        assertThat(entry.getString("action")).isEqualTo("ADD");
        assertThat(entry.getJsonArray("changes").getValuesAs(JsonObject.class))
                .anySatisfy(change -> {
                    assertThat(change.getString("field")).isEqualTo("name");
                    assertThat(change.getString("after")).isEqualTo(name);
                });
    }

    /**
     * GET /api/audit gave a point in time as Stockholm's wall-clock time without its zone ("2026-12-06 03:58:32")
     * beside {@code at} in UTC ("…02:58:32Z"): it carries its offset, and names the same moment as the entry.
     */
    @Test
    void aPointInTimeInTheApiCarriesItsOffset() throws Exception {
        Http http = new Http(base.toURI());
        long id = Http.object(createSodermalmUnit(http, "IT Audit tid " + System.nanoTime())).getJsonNumber("id").longValue();
        HttpResponse<String> deactivated = http.send(HttpRequest.newBuilder(http.uri("api/units/" + id + "/deactivate"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.SODERMALM, Fixtures.PASSWORD);
        assertThat(deactivated.statusCode()).isEqualTo(200);

        JsonObject history = Http.object(http.get("api/audit?type=unit&recordId=" + id, Fixtures.CENTRAL, Fixtures.PASSWORD));
        JsonObject change = history.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("action").equals("MOD")).findFirst().orElseThrow();
        String value = change.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .filter(field -> field.getString("field").equals("deactivated_at")).findFirst().orElseThrow()
                .getString("after");

        assertThat(value).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}");
        Instant at = Instant.parse(change.getString("at"));
        assertThat(Duration.between(OffsetDateTime.parse(value).toInstant(), at).abs()).isLessThan(Duration.ofSeconds(5));
    }

    /** The page named the changed fields by their columns ("district_id", "contact_email"); the API still does. */
    @Test
    void thePageNamesTheChangedFieldsInItsLanguage() throws Exception {
        Http http = new Http(base.toURI());
        String name = "IT Audit fält " + System.nanoTime();
        HttpResponse<String> created = createSodermalmUnit(http, name);
        String id = Long.toString(Http.object(created).getJsonNumber("id").longValue());
        Map<String, String> thatUnit = Map.of("auditForm:type_input", "unit", "auditForm:recordId", id);
        PageClient page = new PageClient(base.toURI(), Fixtures.CENTRAL, Fixtures.PASSWORD);

        page.open("central/audit.xhtml");
        String swedish = new String(page.press("central/audit.xhtml", "auditForm:exportCsv", thatUnit).body(),
                StandardCharsets.UTF_8);
        page.open("central/audit.xhtml");
        page.press("central/audit.xhtml", "header:lang-en", Map.of());
        page.open("central/audit.xhtml");
        String english = new String(page.press("central/audit.xhtml", "auditForm:exportCsv", thatUnit).body(),
                StandardCharsets.UTF_8);

        assertThat(swedish).contains("Namn:  → " + name).contains("Stadsdelsförvaltning: ").contains("Verksamhetsområde: ")
                .doesNotContain("district_id").doesNotContain("area_id");
        assertThat(english).contains("Name:  → " + name).contains("District: ").contains("Area of work: ")
                .doesNotContain("district_id");
        assertThat(http.get("api/audit?type=unit&recordId=" + id, Fixtures.CENTRAL, Fixtures.PASSWORD).body())
                .as("the API's machine names").contains("\"district_id\"");
    }

    /**
     * The page and its export showed the values as stored: "Status: → ACTIVE", "→ false", "Enhet: → 1234". A status
     * reads as its label, a boolean as yes or no and the unit, district, area and term by their names; the API keeps
     * the stored values.
     */
    @Test
    void thePageShowsTheValuesInItsLanguageAndRecordsByTheirNames() throws Exception {
        Http http = new Http(base.toURI());
        String unitName = "IT Audit värden " + System.nanoTime();
        JsonObject unit = Http.object(createSodermalmUnit(http, unitName));
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(
                        http.uri("api/terms/" + DistrictFixtures.OPEN_TERM + "/places"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"unitId\":" + unit.getJsonNumber("id") + ",\"areaId\":"
                        + unit.getJsonNumber("areaId") + ",\"places\":1,\"languages\":\"sv\"}")),
                Fixtures.SODERMALM, Fixtures.PASSWORD);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Long.toString(Http.object(created).getJsonNumber("id").longValue());
        Map<String, String> thatPlace = Map.of("auditForm:type_input", "place_offer", "auditForm:recordId", id);
        PageClient page = new PageClient(base.toURI(), Fixtures.CENTRAL, Fixtures.PASSWORD);

        page.open("central/audit.xhtml");
        String swedish = new String(page.press("central/audit.xhtml", "auditForm:exportCsv", thatPlace).body(),
                StandardCharsets.UTF_8);
        page.open("central/audit.xhtml");
        page.press("central/audit.xhtml", "header:lang-en", Map.of());
        page.open("central/audit.xhtml");
        String english = new String(page.press("central/audit.xhtml", "auditForm:exportCsv", thatPlace).body(),
                StandardCharsets.UTF_8);

        assertThat(swedish).contains("Status:  → Aktiv").contains("Ändrad efter sista rapporteringsdag:  → Nej")
                .contains("Enhet:  → " + unitName).contains("Stadsdelsförvaltning:  → " + unit.getString("districtName"))
                .contains("Verksamhetsområde:  → " + unit.getString("areaNameSv"))
                .contains("Termin:  → " + DistrictFixtures.OPEN_TERM);
        assertThat(english).contains("Status:  → Active").contains("Changed after the reporting deadline:  → No")
                .contains("Unit:  → " + unitName).contains("District:  → " + unit.getString("districtName"))
                .contains("Area of work:  → " + unit.getString("areaNameEn"))
                .contains("Term:  → " + DistrictFixtures.OPEN_TERM);
        assertThat(http.get("api/audit?type=place_offer&recordId=" + id, Fixtures.CENTRAL, Fixtures.PASSWORD).body())
                .as("the API's stored values").contains("\"after\":\"ACTIVE\"").contains("\"after\":\"false\"")
                .contains("\"after\":\"" + unit.getJsonNumber("id") + "\"");
    }

    /**
     * A run's "Placerade per önskemål" showed its stored counts ("3,0,0") and a placement's live request its bare id:
     * the counts read per choice, the request by its id, term and university (never its student), in both languages;
     * the API keeps the stored values.
     */
    @Test
    void aRunsCountsPerPreferenceAndAPlacementsLiveRequestAreShownReadably() throws Exception {
        Http http = new Http(base.toURI());
        String term = Http.object(http.send(HttpRequest.newBuilder(http.uri("api/it/allocation-scenario"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD)).getString("termCode");
        HttpResponse<String> ran = http.send(HttpRequest.newBuilder(http.uri("api/terms/" + term + "/allocation/runs?seed=7"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(ran.statusCode()).as(ran.body()).isEqualTo(201);
        JsonObject run = Http.object(ran).getJsonObject("run");
        String profile = run.getString("profile");
        String[] counts = profile.split(",");
        assertThat(counts).as("the run's counts: its ranks and the unranked").hasSizeGreaterThan(1);
        JsonObject placement = Http.object(http.get("api/terms/" + term + "/placements", Fixtures.CENTRAL, Fixtures.PASSWORD))
                .getJsonArray("rows").getJsonObject(0);
        long request = placement.getJsonNumber("requestId").longValue();
        JsonObject university = Http.array(http.get("api/universities", Fixtures.CENTRAL, Fixtures.PASSWORD))
                .getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("code").equals(placement.getString("universityCode"))).findFirst().orElseThrow();

        List<String> runs = exports(Map.of("auditForm:type_input", "allocation_run", "auditForm:recordId",
                Long.toString(run.getJsonNumber("id").longValue())));
        assertThat(runs.get(0)).contains("Placerade per önskemål:  → 1:a hand " + counts[0] + ", ")
                .contains(", annan godtagbar plats " + counts[counts.length - 1]).doesNotContain(profile);
        assertThat(runs.get(1)).contains("Placed by preference:  → 1st choice " + counts[0] + ", ")
                .contains(", other acceptable place " + counts[counts.length - 1]).doesNotContain(profile);

        List<String> placements = exports(Map.of("auditForm:type_input", "placement", "auditForm:recordId",
                Long.toString(placement.getJsonNumber("id").longValue())));
        assertThat(placements.get(0)).contains("Gällande placering för förfrågan:  → Förfrågan " + request + ", " + term
                + ", " + university.getString("nameSv")).doesNotContain(placement.getString("studentName"));
        assertThat(placements.get(1)).contains("Live placement of request:  → Request " + request + ", " + term + ", "
                + university.getString("nameEn")).doesNotContain(placement.getString("studentName"));

        assertThat(http.get("api/audit?type=allocation_run&recordId=" + run.getJsonNumber("id"), Fixtures.CENTRAL,
                Fixtures.PASSWORD).body()).as("the API's stored value").contains("\"after\":\"" + profile + "\"");
    }

    /** The page's export of the changes the filter finds, in Swedish and then in English. */
    private List<String> exports(Map<String, String> filter) throws Exception {
        PageClient page = new PageClient(base.toURI(), Fixtures.CENTRAL, Fixtures.PASSWORD);
        page.open("central/audit.xhtml");
        String swedish = new String(page.press("central/audit.xhtml", "auditForm:exportCsv", filter).body(),
                StandardCharsets.UTF_8);
        page.open("central/audit.xhtml");
        page.press("central/audit.xhtml", "header:lang-en", Map.of());
        page.open("central/audit.xhtml");
        String english = new String(page.press("central/audit.xhtml", "auditForm:exportCsv", filter).body(),
                StandardCharsets.UTF_8);
        return List.of(swedish, english);
    }

    @Test
    void theApiListsChangesFilteredLikeThePage() throws Exception {
        Http http = new Http(base.toURI());
        HttpResponse<String> response = http.get("api/audit?type=university&username=system&size=5",
                Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject page = Http.object(response);
        // the three universities of the reference data are in the baseline revision of the history (V10)
        assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(3);
        assertThat(page.getJsonArray("rows").getValuesAs(JsonObject.class)).allSatisfy(row -> {
            assertThat(row.getString("type")).isEqualTo("university");
            assertThat(row.getString("username")).isEqualTo("system");
        });

        HttpResponse<String> bad = http.get("api/audit?type=nosuch", Fixtures.ADMIN, Fixtures.PASSWORD);
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    /** Södermalm's contact adds a unit in the area of work BOU through the API, as an integration would. */
    private static HttpResponse<String> createSodermalmUnit(Http http, String name) throws Exception {
        long area = Http.array(http.get("api/areas-of-work", Fixtures.SODERMALM, Fixtures.PASSWORD))
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getString("code").equals("BOU"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        return http.send(HttpRequest.newBuilder(http.uri("api/units"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"areaId\":" + area + "}")),
                Fixtures.SODERMALM, Fixtures.PASSWORD);
    }
}
