package se.stockholm.vfu.datasubject;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;
import se.stockholm.vfu.it.PageClient;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data-subject export over real HTTP: a student placed, confirmed and looked at by their coordinator; the central
 * contact's export holds that student's request, placement with its history, the notification naming them and the
 * read-log entries about them, and nothing of another student; a student with a completed placement gets its meeting,
 * concern, visit bookings (by reference and by e-mail), both evaluation texts, candidacy with its steps and the change
 * history of their request, placement, inquiry, candidacy, meeting, concern and bookings (who, when, what), and
 * nothing of the other student made with them; the
 * export is itself in the read log; only the central contact and the administrator may export, by API (reference in
 * the body) and by page (reference in the form). Notices are found by the request they are about, never by the
 * student's name (another student may have it), once each; a candidacy is found after the request is anonymised.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataSubjectExportIT {

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
    void theExportHoldsTheStudentsRequestPlacementHistoryAndReadLogAndNothingOfAnotherStudent() throws Exception {
        JsonObject scenario = publishedAllocation();
        String term = scenario.getString("termCode");
        String year = term.substring(2);
        long student = scenario.getJsonObject("students").getJsonNumber("e").longValue();
        String placements = "api/terms/" + term + "/placements";
        JsonObject placement = Http.object(http.get(placements, Fixtures.CENTRAL, Fixtures.PASSWORD))
                .getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getJsonNumber("requestId").longValue() == student).findFirst().orElseThrow();
        long placementId = placement.getJsonNumber("id").longValue();
        HttpResponse<String> confirmed = post(placements + "/" + placementId + "/confirm", Fixtures.RINKEBY,
                Json.createObjectBuilder().add("version", placement.getJsonNumber("version").longValue())
                        .add("supervisorId", scenario.getJsonNumber("rinkebySupervisor").longValue()).build().toString());
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(http.get(placements + "/" + placementId, Fixtures.SH, Fixtures.PASSWORD).statusCode()).isEqualTo(200);

        HttpResponse<String> export = export(Fixtures.CENTRAL, shId(), "it-alloc-" + year + "-e", null);

        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElse("")).contains("attachment")
                .doesNotContain("it-alloc");
        JsonObject file = Http.object(export);
        assertThat(file.getString("studentRef")).isEqualTo("it-alloc-" + year + "-e");
        assertThat(file.getJsonArray("requests").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(r -> assertThat(r.getJsonNumber("id").longValue()).isEqualTo(student));
        JsonObject placed = file.getJsonArray("placements").getValuesAs(JsonObject.class).get(0);
        assertThat(file.getJsonArray("placements")).hasSize(1);
        assertThat(placed.getJsonNumber("id").longValue()).isEqualTo(placementId);
        assertThat(placed.getString("status")).isEqualTo("CONFIRMED");
        assertThat(placed.getJsonArray("history").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("status")).contains("OFFERED", "CONFIRMED");
        assertThat(file.getJsonArray("notifications").getValuesAs(JsonObject.class))
                .anyMatch(n -> n.getString("subjectSv").contains("IT Alloc E " + year));
        assertThat(file.getJsonArray("readLog").getValuesAs(JsonObject.class))
                .anyMatch(r -> r.getString("username").equals(Fixtures.SH)
                        && r.getJsonNumber("placementId").longValue() == placementId)
                .allMatch(r -> r.getJsonNumber("requestId").longValue() == student);
        for (String other : List.of("a", "b", "c", "d")) {
            assertThat(export.body()).as("student " + other).doesNotContain("it-alloc-" + year + "-" + other)
                    .doesNotContain("IT Alloc " + other.toUpperCase() + " " + year);
        }

        HttpResponse<String> logged = search(Map.of("requestId", student, "channel", "EXPORT"));
        JsonObject entry = Http.object(logged).getJsonArray("rows").getValuesAs(JsonObject.class).get(0);
        assertThat(entry.getString("username")).isEqualTo(Fixtures.CENTRAL);
        assertThat(entry.getString("operation"))
                .isEqualTo("data-subject export via API POST /api/data-subject-exports");
    }

    @Test
    void theExportHoldsTheStudentsSupportVisitsEvaluationTextsCandidaciesAndChangeHistoryButNoneOfAnothers()
            throws Exception {
        JsonObject made = Http.object(http.send(HttpRequest.newBuilder(http.uri("api/it/data-subject-scenario"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD));
        long university = made.getJsonNumber("universityId").longValue();
        long placementId = made.getJsonArray("placements").getJsonNumber(0).longValue();
        String ref = made.getJsonArray("refs").getString(0);
        String marker = made.getJsonArray("markers").getString(0);
        JsonObject around = made.getJsonArray("around").getJsonObject(0);

        HttpResponse<String> export = export(Fixtures.CENTRAL, university, ref, null);

        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        JsonObject file = Http.object(export);
        long requestId = file.getJsonArray("requests").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(file.getJsonArray("meetings").getValuesAs(JsonObject.class)).singleElement().satisfies(m -> {
            assertThat(m.getJsonNumber("placementId").longValue()).isEqualTo(placementId);
            assertThat(m.getString("teacherName")).isEqualTo("IT Lärare " + marker);
            assertThat(m.getString("place")).isEqualTo("Rum " + marker);
            assertThat(m.getBoolean("held")).isTrue();
        });
        assertThat(file.getJsonArray("concerns").getValuesAs(JsonObject.class)).singleElement().satisfies(c -> {
            assertThat(c.getJsonNumber("id").longValue()).isEqualTo(around.getJsonNumber("concernId").longValue());
            assertThat(c.getString("text")).isEqualTo("IT farhåga " + marker);
            assertThat(c.getString("status")).isEqualTo("OPEN");
            assertThat(c.getString("raisedBy")).isEqualTo(Fixtures.SODERMALM);
        });
        assertThat(file.getJsonArray("visitBookings").getValuesAs(JsonObject.class))
                .extracting(b -> b.getJsonNumber("id").longValue())
                .containsExactlyInAnyOrder(around.getJsonNumber("refBookingId").longValue(),
                        around.getJsonNumber("emailBookingId").longValue());
        assertThat(file.getJsonArray("evaluations").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(e -> assertThat(e.getString("freeText")).isEqualTo("Studentens text " + marker));
        assertThat(file.getJsonArray("evaluationTexts").getValuesAs(JsonObject.class)).singleElement().satisfies(e -> {
            assertThat(e.getJsonNumber("placementId").longValue()).isEqualTo(placementId);
            assertThat(e.getString("respondent")).isEqualTo("SUPERVISOR");
            assertThat(e.getString("freeText")).isEqualTo("Handledarens text " + marker);
        });
        assertThat(file.getJsonArray("candidacies").getValuesAs(JsonObject.class)).singleElement().satisfies(c -> {
            assertThat(c.getJsonNumber("id").longValue()).isEqualTo(around.getJsonNumber("candidateId").longValue());
            assertThat(c.getJsonArray("steps").getValuesAs(JsonObject.class)).extracting(s -> s.getString("status"))
                    .containsExactly("INTERESTED", "APPLIED");
        });
        List<JsonObject> history = file.getJsonArray("changeHistory").getValuesAs(JsonObject.class);
        Map<String, List<Long>> theirs = Map.of(
                "student_request", List.of(requestId),
                "placement", List.of(placementId),
                "inquiry", List.of(id(around, "inquiryId")),
                "candidate", List.of(id(around, "candidateId")),
                "placement_meeting", List.of(id(around, "meetingId")),
                "placement_concern", List.of(id(around, "concernId")),
                "observation_booking", List.of(id(around, "refBookingId"), id(around, "emailBookingId")));
        assertThat(history).as("only the student's own records")
                .allMatch(h -> theirs.getOrDefault(h.getString("type"), List.of())
                        .contains(h.getJsonNumber("recordId").longValue()))
                .allMatch(h -> h.containsKey("at") && h.containsKey("revision"));
        theirs.forEach((type, ids) -> ids.forEach(id -> assertThat(history).as("the history of " + type + " " + id)
                .anyMatch(h -> h.getString("type").equals(type) && h.getJsonNumber("recordId").longValue() == id
                        && h.getString("action").equals("ADD"))));
        assertThat(history).as("the concern's text in its history").anyMatch(h -> h.getString("type")
                .equals("placement_concern") && changed(h, "text", "IT farhåga " + marker));
        assertThat(history).as("the inquiry's message in its history").anyMatch(h -> h.getString("type")
                .equals("inquiry") && changed(h, "message", "IT direktförfrågan " + marker));
        assertThat(history).as("the request made, with its reference").anyMatch(h -> h.getString("type").equals("student_request")
                && h.getString("action").equals("ADD") && h.getString("username").equals(Fixtures.CENTRAL)
                && changed(h, "student_ref", ref));
        assertThat(history).as("the district contact's change").anyMatch(h -> h.getString("type").equals("student_request")
                && h.getString("action").equals("MOD") && h.getString("username").equals(Fixtures.SODERMALM)
                && changed(h, "changed_by", Fixtures.SODERMALM));
        assertThat(history).as("the placement made").anyMatch(h -> h.getString("type").equals("placement")
                && h.getString("action").equals("ADD") && changed(h, "status", "COMPLETED"));

        String other = made.getJsonArray("markers").getString(1);
        assertThat(export.body()).doesNotContain(other).doesNotContain(made.getJsonArray("refs").getString(1));
    }

    @Test
    void aNoticeAboutOneStudentIsInTheirExportOnceAndNotInTheExportOfAnotherOfTheSameName() throws Exception {
        JsonObject scenario = publishedAllocation();
        String term = scenario.getString("termCode");
        String year = term.substring(2);
        JsonObject students = scenario.getJsonObject("students");
        String placements = "api/terms/" + term + "/placements";
        JsonObject placement = Http.object(http.get(placements, Fixtures.CENTRAL, Fixtures.PASSWORD))
                .getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getJsonNumber("requestId").longValue() == students.getJsonNumber("e").longValue())
                .findFirst().orElseThrow();
        // Rinkeby-Kista confirms SH's student e: every coordinator of SH is told, naming the student
        HttpResponse<String> confirmed = post(placements + "/" + placement.getJsonNumber("id").longValue() + "/confirm",
                Fixtures.RINKEBY, Json.createObjectBuilder().add("version", placement.getJsonNumber("version").longValue())
                        .add("supervisorId", scenario.getJsonNumber("rinkebySupervisor").longValue()).build().toString());
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        // SU's student a is another person of the same name
        String name = "IT Alloc E " + year;
        HttpResponse<String> renamed = http.send(HttpRequest.newBuilder(http.uri("api/it/data-subject-scenario/requests/"
                        + students.getJsonNumber("a").longValue() + "/name")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(name)), Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(renamed.statusCode()).isEqualTo(204);

        HttpResponse<String> namesake = export(Fixtures.CENTRAL, suId(), "it-alloc-" + year + "-a", null);
        HttpResponse<String> student = export(Fixtures.CENTRAL, shId(), "it-alloc-" + year + "-e", null);

        assertThat(namesake.statusCode()).as(namesake.body()).isEqualTo(200);
        assertThat(Http.object(namesake).getJsonArray("requests").getJsonObject(0).getString("studentName"))
                .isEqualTo(name);
        assertThat(Http.object(namesake).getJsonArray("notifications")).as("notices about the other student").isEmpty();
        assertThat(student.statusCode()).as(student.body()).isEqualTo(200);
        assertThat(Http.object(student).getJsonArray("notifications").getValuesAs(JsonObject.class))
                .as("the notice once, however many coordinators of SH got it")
                .singleElement().satisfies(n -> assertThat(n.getString("subjectSv")).isEqualTo("Placering bekräftad: " + name));
    }

    @Test
    void aCandidacyIsExportedWhenRetentionHasAnonymisedTheStudentsRequest() throws Exception {
        JsonObject made = Http.object(http.send(HttpRequest.newBuilder(http.uri("api/it/data-subject-scenario/anonymised"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD));
        long university = made.getJsonNumber("universityId").longValue();
        long placementId = made.getJsonArray("placements").getJsonNumber(0).longValue();
        JsonObject around = made.getJsonArray("around").getJsonObject(0);

        HttpResponse<String> export = export(Fixtures.CENTRAL, university, made.getJsonArray("refs").getString(0), null);

        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        JsonObject file = Http.object(export);
        assertThat(file.getJsonArray("requests")).as("the request keeps nothing of the student").isEmpty();
        assertThat(file.getJsonArray("candidacies").getValuesAs(JsonObject.class)).singleElement().satisfies(c -> {
            assertThat(c.getJsonNumber("id").longValue()).isEqualTo(id(around, "candidateId"));
            assertThat(c.getJsonNumber("placementId").longValue()).isEqualTo(placementId);
            assertThat(c.getJsonArray("steps").getValuesAs(JsonObject.class)).extracting(s -> s.getString("status"))
                    .containsExactly("INTERESTED", "APPLIED");
        });
        assertThat(file.getJsonArray("changeHistory").getValuesAs(JsonObject.class))
                .anyMatch(h -> h.getString("type").equals("candidate")
                        && h.getJsonNumber("recordId").longValue() == id(around, "candidateId"));
        assertThat(export.body()).doesNotContain(made.getJsonArray("markers").getString(1))
                .doesNotContain(made.getJsonArray("refs").getString(1));
        assertThat(export(Fixtures.CENTRAL, university, "no-such-student", null).statusCode()).isEqualTo(404);
    }

    private static long id(JsonObject object, String name) {
        return object.getJsonNumber(name).longValue();
    }

    /** Whether the history entry changed the field to the value. */
    private static boolean changed(JsonObject entry, String field, String after) {
        return entry.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getString("field").equals(field) && after.equals(c.getString("after", null)));
    }

    @Test
    void onlyTheCentralContactAndTheAdministratorExport() throws Exception {
        long sh = shId();
        for (String outsider : List.of(Fixtures.SH, Fixtures.SU, Fixtures.SODERMALM)) {
            HttpResponse<String> refused = export(outsider, sh, "it-sh-r1", null);
            assertThat(refused.statusCode()).as(outsider).isEqualTo(403);
            assertThat(refused.body()).as(outsider).doesNotContain(Fixtures.SH_SUPPORT_NOTE);
        }
        HttpResponse<String> admin = export(Fixtures.ADMIN, sh, "it-sh-r1", Fixtures.REQUEST_TERM);
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(Http.object(admin).getJsonArray("requests").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(r -> assertThat(r.getString("extraSupportNote")).isEqualTo(Fixtures.SH_SUPPORT_NOTE));
        assertThat(export(Fixtures.CENTRAL, sh, "no-such-student", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theCentralContactExportsFromThePageAndOthersAreRefusedIt() throws Exception {
        String page = "central/data-subject-export.xhtml";
        Map<String, String> fields = Map.of("subjectForm:university_input", Long.toString(shId()),
                "subjectForm:studentRef", "it-sh-r1", "subjectForm:term_input", Fixtures.REQUEST_TERM);
        PageClient central = new PageClient(base.toURI(), Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(central.open(page).statusCode()).isEqualTo(200);

        HttpResponse<byte[]> file = central.press(page, "subjectForm:download", fields);

        assertThat(file.statusCode()).isEqualTo(200);
        // named by university and moment, to the second (two exports of a day had one name), never by the student
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("attachment")
                .containsPattern("filename=\"registerutdrag-SH-\\d{4}-\\d{2}-\\d{2}-\\d{6}\\.json\"")
                .doesNotContain("it-sh-r1");
        JsonObject export = Json.createReader(new StringReader(new String(file.body(), StandardCharsets.UTF_8)))
                .readObject();
        assertThat(export.getString("studentRef")).isEqualTo("it-sh-r1");
        assertThat(export.getString("exportedBy")).isEqualTo(Fixtures.CENTRAL);

        for (String outsider : List.of(Fixtures.SH, Fixtures.SODERMALM)) {
            PageClient pages = new PageClient(base.toURI(), outsider, Fixtures.PASSWORD);
            assertThat(pages.open(page).statusCode()).as(outsider).isEqualTo(403);
            HttpResponse<byte[]> refused = pages.press(page, "subjectForm:download", fields);
            assertThat(refused.statusCode()).as(outsider).isEqualTo(403);
            assertThat(new String(refused.body(), StandardCharsets.UTF_8)).doesNotContain("it-sh-r1@it.example");
        }
    }

    private long shId() throws Exception {
        return universityId("SH");
    }

    private long suId() throws Exception {
        return universityId("SU");
    }

    private long universityId(String code) throws Exception {
        return Http.array(http.get("api/universities", Fixtures.CENTRAL, Fixtures.PASSWORD))
                .getValuesAs(JsonObject.class).stream().filter(u -> u.getString("code").equals(code)).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
    }

    private HttpResponse<String> export(String user, long universityId, String studentRef, String term) throws Exception {
        var body = Json.createObjectBuilder().add("universityId", universityId).add("studentRef", studentRef);
        if (term != null) {
            body.add("term", term);
        }
        return post("api/data-subject-exports", user, body.build().toString());
    }

    private HttpResponse<String> search(Map<String, Object> filters) throws Exception {
        var body = Json.createObjectBuilder();
        filters.forEach((name, value) -> {
            if (value instanceof Number number) {
                body.add(name, number.longValue());
            } else {
                body.add(name, value.toString());
            }
        });
        return post("api/read-log/search", Fixtures.ADMIN, body.build().toString());
    }

    private HttpResponse<String> post(String path, String user, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), user, Fixtures.PASSWORD);
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
}
