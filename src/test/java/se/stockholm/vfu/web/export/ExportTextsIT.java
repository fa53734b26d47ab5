package se.stockholm.vfu.web.export;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.datasubject.DataSubjectScenarioResource;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.FaultsFixtures;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;
import se.stockholm.vfu.it.PageClient;
import se.stockholm.vfu.retention.Retention;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the exports say, read back from the real export buttons over HTTP in Swedish and English (tester 6, findings
 * 7–9): file names follow the page's language (the English compensation PDF was "ersattningsunderlag-…") and two
 * exports of one page never share a name (the staff-turnover page's two tables did, so downloading both kept one);
 * one value a cell, trimmed (a booking's student was "name e-mail ref" with stray spaces, a supervisor's training
 * "Completed Kurs SH 2022-09-05 2022-12-16" and "None    "); retention's placeholder name in the page's language.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportTextsIT {

    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void fileNamesFollowThePagesLanguageAndDifferWithinAPage() throws Exception {
        for (String language : List.of("sv", "en")) {
            PageClient central = inLanguage(Fixtures.CENTRAL, language);
            boolean english = "en".equals(language);

            central.chooseTerm("compensation.xhtml", Fixtures.REQUEST_TERM);
            central.open("compensation.xhtml");
            String excel = fileName(central.press("compensation.xhtml", "compensationForm:exportXlsx", Map.of()));
            central.open("compensation.xhtml");
            String pdf = fileName(central.press("compensation.xhtml", "compensationForm:exportPdf", Map.of()));
            String compensation = (english ? "compensation-basis-" : "ersattningsunderlag-") + Fixtures.REQUEST_TERM;
            assertThat(excel).as(language).isEqualTo(compensation + ".xlsx");
            assertThat(pdf).as(language + ": the PDF is named as the Excel file is").isEqualTo(compensation + ".pdf");

            central.open("central/turnover.xhtml");
            String cityTotals = fileName(central.press("central/turnover.xhtml", "cityForm:exportCsv", Map.of()));
            central.open("central/turnover.xhtml");
            String districts = fileName(central.press("central/turnover.xhtml", "turnoverForm:exportCsv", Map.of()));
            assertThat(cityTotals).as(language + ": the two tables' exports").isNotEqualTo(districts);
            assertThat(List.of(cityTotals, districts)).as(language).allMatch(name -> name.startsWith(
                    english ? "staff-turnover" : "personalrorlighet") && name.endsWith(".csv"));

            String report = fileName(central.send("GET", central.uri("api/terms/" + Fixtures.REQUEST_TERM
                    + "/report.pdf?lang=" + language), null, null));
            assertThat(report).as(language + ": the term report, named in its language")
                    .isEqualTo((english ? "vfu-term-report-" : "vfu-terminsrapport-") + Fixtures.REQUEST_TERM + ".pdf");
        }
    }

    @Test
    void aBookingsStudentIsExportedOneValueACellTrimmed() throws Exception {
        PageClient central = new PageClient(base.toURI(), Fixtures.CENTRAL, Fixtures.PASSWORD);
        JsonObject made = Http.object(central.send("POST", central.uri("api/it/faults/visits?seats=3&booked=0"), null,
                null, "X-Requested-With", "it", "Accept", "application/json"));
        String bookings = "api/terms/" + FaultsFixtures.TERM + "/visits/" + made.getJsonNumber("visit").longValue()
                + "/bookings";
        String key = UUID.randomUUID().toString().substring(0, 8);
        String name = "IT Alva Hedberg " + key;
        String email = "it-alva-" + key + "@student.example";
        String reference = "IT-REF-" + key;
        PageClient su = new PageClient(base.toURI(), Fixtures.SU, Fixtures.PASSWORD);
        for (JsonObject booking : List.of(Json.createObjectBuilder().add("studentName", name).add("studentEmail", email)
                .build(), Json.createObjectBuilder().add("studentRef", reference).build())) {
            HttpResponse<String> booked = su.send("POST", su.uri(bookings), "application/json", booking.toString(),
                    "X-Requested-With", "it", "Accept", "application/json");
            assertThat(booked.statusCode()).as(booked.body()).isEqualTo(200);
        }

        central.chooseTerm("visits.xhtml", FaultsFixtures.TERM);
        central.open("visits.xhtml");
        HttpResponse<byte[]> export = central.press("visits.xhtml", "bookingsForm:exportCsv", Map.of());
        assertThat(fileName(export)).isEqualTo("auskultationsbokningar.csv");
        List<Map<String, String>> rows = rows(export.body());

        assertThat(rows).filteredOn(row -> row.containsValue(name)).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("Student", name).containsEntry("Studentens e-post", email)
                    .containsEntry("Referens", "");
        });
        assertThat(rows).filteredOn(row -> row.containsValue(reference)).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("Student", "").containsEntry("Studentens e-post", "");
        });
        assertNoPaddedCell(rows);
    }

    @Test
    void aSupervisorsTrainingIsExportedOneValueACell() throws Exception {
        Http http = new Http(base.toURI());
        String key = UUID.randomUUID().toString().substring(0, 8);
        long area = Http.array(http.get("api/areas-of-work", Fixtures.CENTRAL, Fixtures.PASSWORD))
                .getJsonObject(0).getJsonNumber("id").longValue();
        long unit = Http.object(post(http, "api/units", Json.createObjectBuilder().add("areaId", area)
                .add("name", "IT Exportenhet " + key).build())).getJsonNumber("id").longValue();
        String untrained = "IT Utan utbildning " + key;
        String trained = "IT Med utbildning " + key;
        JsonObject trainedRow = null;
        for (String name : List.of(untrained, trained)) {
            HttpResponse<String> created = post(http, "api/supervisors", Json.createObjectBuilder().add("unitId", unit)
                    .add("name", name).add("email", "it-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example")
                    .add("maxStudents", 1).build());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            trainedRow = Http.object(created);
        }
        long sh = Http.array(http.get("api/universities", Fixtures.CENTRAL, Fixtures.PASSWORD))
                .getValuesAs(JsonObject.class).stream().filter(u -> u.getString("code").equals("SH")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        HttpResponse<String> training = http.send(HttpRequest.newBuilder(http.uri("api/supervisors/"
                        + trainedRow.getJsonNumber("id").longValue() + "/training")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("version", trainedRow.getJsonNumber("version").longValue()).add("status", "COMPLETED")
                        .add("course", "Handledarutbildning " + key).add("universityId", sh).add("start", "2022-09-05")
                        .add("completed", "2022-12-16").build().toString())), Fixtures.RINKEBY, Fixtures.PASSWORD);
        assertThat(training.statusCode()).as(training.body()).isEqualTo(200);

        PageClient central = inLanguage(Fixtures.CENTRAL, "en");
        central.open("central/supervisors.xhtml");
        HttpResponse<byte[]> export = central.press("central/supervisors.xhtml", "supervisorsForm:exportCsv", Map.of());
        assertThat(fileName(export)).isEqualTo("supervisors.csv");
        List<Map<String, String>> rows = rows(export.body());

        assertThat(rows).filteredOn(row -> untrained.equals(row.get("Name"))).singleElement().satisfies(row ->
                assertThat(row).containsEntry("Supervisor training", "None").containsEntry("Course", "")
                        .containsEntry("Providing university", "").containsEntry("Start date", "")
                        .containsEntry("Completed on", ""));
        assertThat(rows).filteredOn(row -> trained.equals(row.get("Name"))).singleElement().satisfies(row ->
                assertThat(row).containsEntry("Supervisor training", "Completed")
                        .containsEntry("Course", "Handledarutbildning " + key).containsEntry("Providing university", "SH")
                        .containsEntry("Start date", "2022-09-05").containsEntry("Completed on", "2022-12-16"));
        assertNoPaddedCell(rows);
    }

    /**
     * Retention stores one Swedish placeholder for an anonymised student's name; an English page said "Anonymiserad" in
     * the inquiries list, its export and the change history. The stored value is the same; only what is shown differs.
     */
    @Test
    void retentionsPlaceholderNameIsShownAndExportedInThePagesLanguage() throws Exception {
        Http http = new Http(base.toURI());
        long sh = Http.array(http.get("api/universities", Fixtures.CENTRAL, Fixtures.PASSWORD))
                .getValuesAs(JsonObject.class).stream().filter(u -> u.getString("code").equals("SH")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        String key = UUID.randomUUID().toString().substring(0, 8);
        String email = "anon-it-" + key + Retention.ANONYMISED_DOMAIN;
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(http.uri("api/inquiries"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        Json.createObjectBuilder().add("studentName", Retention.ANONYMISED_NAME).add("studentEmail", email)
                                .add("message", "Hej").add("receivedOn", "2026-01-15").add("universityId", sh).build()
                                .toString())), Fixtures.RINKEBY, Fixtures.PASSWORD);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Long.toString(Http.object(created).getJsonNumber("id").longValue());
        Map<String, String> thatInquiry = Map.of("auditForm:type_input", "inquiry", "auditForm:recordId", id);

        for (String language : List.of("sv", "en")) {
            String shown = "en".equals(language) ? "Anonymised" : "Anonymiserad";
            PageClient central = inLanguage(Fixtures.CENTRAL, language);
            central.open("inquiries.xhtml");
            String inquiries = new String(central.press("inquiries.xhtml", "inquiriesForm:exportCsv", Map.of()).body(),
                    StandardCharsets.UTF_8);
            assertThat(inquiries).as(language).contains(shown + " <" + email + ">");
            central.open("central/audit.xhtml");
            String history = new String(central.press("central/audit.xhtml", "auditForm:exportCsv", thatInquiry).body(),
                    StandardCharsets.UTF_8);
            assertThat(history).as(language).contains("→ " + shown);
            if ("en".equals(language)) {
                assertThat(inquiries + history).doesNotContain(Retention.ANONYMISED_NAME);
            }
        }
        // what is stored is untouched: the API gives the stored placeholder
        assertThat(Http.object(http.get("api/inquiries/" + id, Fixtures.RINKEBY, Fixtures.PASSWORD))
                .getString("studentName")).isEqualTo(Retention.ANONYMISED_NAME);
    }

    /**
     * An English page shows an anonymised student as "Anonymised", and its list's search finds the students by that
     * word: the search looked only at the stored Swedish placeholder, and the placements list (which searches the
     * name alone, not the placeholder e-mail) found none. A placement of the test's own term is anonymised as
     * retention does (the demo's terms are not in every test database).
     */
    @Test
    void anEnglishListsSearchFindsAnonymisedStudentsByTheWordItShows() throws Exception {
        Http http = new Http(base.toURI());
        HttpResponse<String> made = http.send(HttpRequest.newBuilder(http.uri("api/it/data-subject-scenario/anonymised"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
        for (String language : List.of("sv", "en")) {
            String shown = "en".equals(language) ? "Anonymised" : "Anonymiserad";
            String typed = shown.toUpperCase(Locale.ROOT);
            PageClient central = inLanguage(Fixtures.CENTRAL, language);
            central.chooseTerm("placements.xhtml", DataSubjectScenarioResource.TERM);
            central.open("placements.xhtml");
            String answer = central.ajax("placements.xhtml", "placementsForm:placements", "filter", Map.of(
                    "placementsForm:placements_filtering", "true", "placementsForm:placements_encodeFeature", "true",
                    "placementsForm:placements:globalFilter", typed)).body();
            List<String> names = new ArrayList<>();
            Matcher name = Pattern.compile("<tr[^>]*data-ri[^>]*>.*?<div>([^<]*)</div>", Pattern.DOTALL).matcher(answer);
            while (name.find()) {
                names.add(name.group(1));
            }
            assertThat(names).as("%s: the students found by %s", language, typed).isNotEmpty().containsOnly(shown);
        }
    }

    private PageClient inLanguage(String user, String language) throws Exception {
        PageClient client = new PageClient(base.toURI(), user, Fixtures.PASSWORD);
        if ("en".equals(language)) {
            client.open("notifications.xhtml");
            client.press("notifications.xhtml", "header:lang-en", Map.of());
        }
        return client;
    }

    private static String fileName(HttpResponse<?> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        String disposition = response.headers().firstValue("Content-Disposition").orElse("");
        Matcher name = FILE_NAME.matcher(disposition);
        assertThat(name.find()).as(disposition).isTrue();
        return name.group(1);
    }

    /** The CSV's rows as header → cell. */
    private static List<Map<String, String>> rows(byte[] csv) throws Exception {
        String text = new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
        List<String> header = records.get(0).toList();
        List<Map<String, String>> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < record.size() ? record.get(i) : null);
            }
            rows.add(row);
        }
        return rows;
    }

    private static void assertNoPaddedCell(List<Map<String, String>> rows) {
        assertThat(rows.stream().flatMap(row -> row.values().stream())
                .filter(cell -> cell != null && !cell.equals(cell.strip())).toList()).as("cells with stray spaces").isEmpty();
    }

    private static HttpResponse<String> post(Http http, String path, JsonObject body) throws Exception {
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())), Fixtures.RINKEBY, Fixtures.PASSWORD);
    }
}
