package se.stockholm.vfu.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import se.stockholm.vfu.it.PageClient;
import se.stockholm.vfu.it.PdfText;
import se.stockholm.vfu.scope.ScopeMatrix;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scope matrix's export channel, over real HTTP as each user: the export buttons of the tables (CSV, Excel, PDF)
 * pressed on the district's, the university's, the central contact's and the shared inquiry pages, with forged
 * district and university filters in the post. A district contact's or coordinator's export holds exactly the rows
 * their own scoped list holds (the API's total for them) and none of another district's or university's records;
 * another role's pages answer 403. The central contact's export holds the others' records. Extra support is in no
 * export, as in no list on screen (only on the request's own page, for the central contact and the student's
 * university). Cases are generated: caller × entity × page × format; the count is printed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportScopeMatrixIT {

    private static final List<String> FORMATS = List.of("exportCsv", "exportXlsx", "exportPdf");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    /** A table's export on a page; {@code count} is the API list whose total the export must match (as the caller). */
    record Table(String entity, String page, String form, String table, String term, String count) {
    }

    /**
     * One generated case: who presses which export, and what the file must and must not hold when the scope matrix
     * ({@link ScopeMatrix}) allows it; whether it is refused is the matrix's rule.
     */
    record Case(String caller, Table table, String format, List<String> absent, List<String> present) {

        String channel() {
            return ScopeMatrix.EXPORTS.get(FORMATS.indexOf(format));
        }

        @Override
        public String toString() {
            return caller + " × " + table.entity() + " × " + table.page() + " × " + format;
        }
    }

    @Test
    void anExportHoldsOnlyTheCallersOwnRows(TestReporter report) throws Exception {
        URI root = base.toURI();
        Http http = new Http(root);
        String inquiry = forwardRinkebyInquiryToSh(http);
        long rinkeby = id(http, "api/districts", "code", "RK");
        long sh = id(http, "api/universities", "code", "SH");

        Table districtUnits = new Table("unit", "district/units.xhtml", "unitsForm", "units", null, "api/units");
        Table cityUnits = new Table("unit", "central/units.xhtml", "unitsForm", "units", null, "api/units");
        Table districtSupervisors = new Table("supervisor", "district/supervisors.xhtml", "supervisorsForm",
                "supervisors", null, "api/supervisors");
        Table citySupervisors = new Table("supervisor", "central/supervisors.xhtml", "supervisorsForm",
                "supervisors", null, "api/supervisors");
        String places = "api/terms/" + DistrictFixtures.OPEN_TERM + "/places";
        Table districtPlaces = new Table("place offer", "district/places.xhtml", "placesForm", "places",
                DistrictFixtures.OPEN_TERM, places);
        Table cityPlaces = new Table("place offer", "central/places.xhtml", "placesForm", "places",
                DistrictFixtures.OPEN_TERM, places);
        String requests = "api/terms/" + Fixtures.REQUEST_TERM + "/requests";
        Table universityRequests = new Table("student request", "university/requests.xhtml", "requestsForm",
                "requests", Fixtures.REQUEST_TERM, requests);
        Table cityRequests = new Table("student request", "central/requests.xhtml", "requestsForm", "requests",
                Fixtures.REQUEST_TERM, requests);
        Table inquiries = new Table("inquiry", "inquiries.xhtml", "inquiriesForm", "inquiries", null, "api/inquiries");

        List<String> rinkebyRecords = List.of(DistrictFixtures.RINKEBY_UNIT, DistrictFixtures.RINKEBY_SUPERVISOR,
                "IT Rinkeby Handledare", "IT Mottagning Rinkeby");
        // SH's request it-sh-r1, told apart by its e-mail: SU may have a request of its own with that student id (the
        // request matrix imports one), which is SU's to see
        List<String> shRecords = List.of("it-sh-r1@it.example", Fixtures.SH_SUPPORT_NOTE);
        // placements: a published allocation term of the test's own; Rinkeby's only offer goes to SH's student E
        JsonObject scenario = Http.object(http.send(HttpRequest.newBuilder(http.uri("api/it/allocation-scenario"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD));
        String allocationTerm = scenario.getString("termCode");
        String allocation = "api/terms/" + allocationTerm + "/allocation";
        // a run is created (201 with its location), publishing answers with what it offered (200)
        for (Map.Entry<String, Integer> step : List.of(Map.entry(allocation + "/runs?seed=8", 201),
                Map.entry(allocation + "/publish", 200))) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri(step.getKey()))
                    .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD);
            assertThat(response.statusCode()).as(step.getKey()).isEqualTo(step.getValue());
        }
        String studentE = "IT Alloc E " + allocationTerm.substring(2);
        Table placements = new Table("placement", "placements.xhtml", "placementsForm", "placements", allocationTerm,
                "api/terms/" + allocationTerm + "/placements");

        List<Case> cases = new ArrayList<>();
        for (String format : FORMATS) {
            cases.add(new Case(Fixtures.RINKEBY, placements, format, List.of("IT Alloc A", "IT Alloc B",
                    "IT Alloc C"), List.of(studentE)));
            cases.add(new Case(Fixtures.SODERMALM, placements, format, List.of(studentE), List.of()));
            cases.add(new Case(Fixtures.SU, placements, format, List.of(studentE), List.of()));
            cases.add(new Case(Fixtures.SH, placements, format, List.of("IT Alloc A", "IT Alloc B",
                    "IT Alloc C"), List.of(studentE)));
            cases.add(new Case(Fixtures.CENTRAL, placements, format, List.of(), List.of(studentE)));
            for (Table own : List.of(districtUnits, districtSupervisors, districtPlaces)) {
                cases.add(new Case(Fixtures.SODERMALM, own, format, rinkebyRecords, List.of()));
                cases.add(new Case(Fixtures.SU, own, format, List.of(), List.of()));
            }
            for (Table city : List.of(cityUnits, citySupervisors, cityPlaces, cityRequests)) {
                cases.add(new Case(Fixtures.SODERMALM, city, format, List.of(), List.of()));
                cases.add(new Case(Fixtures.SU, city, format, List.of(), List.of()));
            }
            cases.add(new Case(Fixtures.SU, universityRequests, format, shRecords, List.of("it-su-r1@it.example")));
            cases.add(new Case(Fixtures.SODERMALM, universityRequests, format, List.of(), List.of()));
            cases.add(new Case(Fixtures.SODERMALM, inquiries, format, List.of(inquiry), List.of()));
            cases.add(new Case(Fixtures.SU, inquiries, format, List.of(inquiry), List.of()));
            // what the others may see is in their exports: the proof that the absent rows above would have shown
            cases.add(new Case(Fixtures.CENTRAL, cityUnits, format, List.of(), List.of(DistrictFixtures.RINKEBY_UNIT)));
            cases.add(new Case(Fixtures.CENTRAL, citySupervisors, format, List.of(),
                    List.of(DistrictFixtures.RINKEBY_SUPERVISOR)));
            cases.add(new Case(Fixtures.CENTRAL, cityPlaces, format, List.of(), List.of(DistrictFixtures.RINKEBY_UNIT)));
            cases.add(new Case(Fixtures.CENTRAL, cityRequests, format, List.of(),
                    List.of("it-sh-r1@it.example", "it-su-r1@it.example")));
            cases.add(new Case(Fixtures.SH, universityRequests, format, List.of("it-su-r1@it.example"),
                    List.of("it-sh-r1@it.example")));
            cases.add(new Case(Fixtures.SH, inquiries, format, List.of(), List.of(inquiry)));
            cases.add(new Case(Fixtures.RINKEBY, districtUnits, format, List.of(),
                    List.of(DistrictFixtures.RINKEBY_UNIT)));
        }
        report.publishEntry("Scope matrix (export channel, CSV, Excel and PDF over HTTP), cases",
                Integer.toString(cases.size()));

        List<String> failures = new ArrayList<>();
        ScopeMatrix.Tally rules = ScopeMatrix.tally(ScopeMatrix.EXPORT);
        for (Case c : cases) {
            try {
                ScopeMatrix.Expect expect = rules.expect(c.caller(), c.table().entity(), "export " + c.table().page(),
                        c.channel());
                // the case's records show the rule: another's that must be absent, or the caller's own present
                if (expect == ScopeMatrix.Expect.NOT_LISTED) {
                    assertThat(c.absent()).as(c + ": another's records to look for").isNotEmpty();
                } else if (expect == ScopeMatrix.Expect.ALLOWED) {
                    assertThat(c.present()).as(c + ": the records the caller may see").isNotEmpty();
                }
                check(root, http, c, expect == ScopeMatrix.Expect.FORBIDDEN, Map.of(
                        c.table().form() + ":" + c.table().table() + ":districtFilter_input", Long.toString(rinkeby),
                        c.table().form() + ":" + c.table().table() + ":universityFilter_input", Long.toString(sh)));
            } catch (AssertionError | Exception failed) {
                failures.add(c + ": " + failed.getMessage());
            }
        }
        assertThat(failures).as("exports that showed what the caller may not see").isEmpty();
        rules.assertEveryRuleTried();
    }

    private static void check(URI root, Http http, Case c, boolean refused, Map<String, String> forgedFilters)
            throws Exception {
        PageClient pages = new PageClient(root, c.caller(), Fixtures.PASSWORD);
        Table table = c.table();
        if (refused) {
            assertThat(pages.open(table.page()).statusCode()).as(c + ": page").isEqualTo(403);
            HttpResponse<byte[]> export = pages.press(table.page(), table.form() + ":" + c.format(), Map.of());
            assertThat(export.statusCode()).as(c + ": export").isEqualTo(403);
            return;
        }
        if (table.term() != null) {
            pages.chooseTerm(table.page(), table.term());
        }
        assertThat(pages.open(table.page()).statusCode()).as(c + ": page").isEqualTo(200);
        // the district and university filters a city-wide page has, forged into the post of a scoped user
        Map<String, String> fields = c.caller().equals(Fixtures.CENTRAL) ? Map.of() : forgedFilters;
        HttpResponse<byte[]> export = pages.press(table.page(), table.form() + ":" + c.format(), fields);
        assertThat(export.statusCode()).as(c + ": export").isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElse("")).as(c.toString()).contains("attachment");

        if (c.format().equals("exportPdf")) {
            checkPdf(pages, c, export, fields);
            return;
        }
        List<List<String>> rows = c.format().equals("exportCsv") ? csv(export.body()) : xlsx(export.body());
        assertThat(rows).as(c + ": a header row").isNotEmpty();
        String all = rows.toString();
        assertThat(all).as(c + ": extra support is never in a list").doesNotContain(Fixtures.SH_SUPPORT_NOTE);
        for (String absent : c.absent()) {
            assertThat(all).as(c + ": holds another's record").doesNotContain(absent);
        }
        for (String present : c.present()) {
            assertThat(all).as(c + ": lacks a record the caller may see").contains(present);
        }
        long total = Http.object(http.get(table.count() + "?size=1", c.caller(), Fixtures.PASSWORD))
                .getJsonNumber("total").longValue();
        assertThat(rows.size() - 1L).as(c + ": the rows of the caller's own list").isEqualTo(total);
    }

    /**
     * A PDF holds what the caller's CSV holds, row for row (every cell of the CSV, checked in the same session and
     * with the same forged filters, is in the PDF's text), and none of another's records: the PDF cannot be counted
     * by rows, the CSV was counted against the caller's own list above.
     */
    private static void checkPdf(PageClient pages, Case c, HttpResponse<byte[]> export, Map<String, String> fields)
            throws Exception {
        assertThat(export.headers().firstValue("Content-Type").orElse("")).as(c.toString()).contains("application/pdf");
        String text = PdfText.of(export.body());
        String squeezed = PdfText.squeezed(text);
        assertThat(text).as(c + ": extra support is never in a list").doesNotContain(Fixtures.SH_SUPPORT_NOTE);
        for (String absent : c.absent()) {
            assertThat(squeezed).as(c + ": holds another's record").doesNotContain(PdfText.squeezed(absent));
        }
        for (String present : c.present()) {
            assertThat(squeezed).as(c + ": lacks a record the caller may see").contains(PdfText.squeezed(present));
        }
        HttpResponse<byte[]> csv = pages.press(c.table().page(), c.table().form() + ":exportCsv", fields);
        List<String> missing = new ArrayList<>();
        for (List<String> row : csv(csv.body())) {
            for (String cell : row) {
                // the CSV quotes a formula-like value with an apostrophe (a spreadsheet's convention); the PDF shows it
                String value = PdfText.squeezed(cell.startsWith("'") ? cell.substring(1) : cell);
                if (!value.isEmpty() && !squeezed.contains(value)) {
                    missing.add(cell);
                }
            }
        }
        assertThat(missing).as(c + ": cells of the caller's CSV missing from the PDF").isEmpty();
    }

    private static List<List<String>> csv(byte[] body) throws Exception {
        String text = new String(body, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(text))) {
            rows.add(record.toList());
        }
        return rows;
    }

    private static List<List<String>> xlsx(byte[] body) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(formatter.formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /** An inquiry Rinkeby-Kista forwards to Södertörn, named uniquely: no one else's export may show it. */
    private static String forwardRinkebyInquiryToSh(Http http) throws Exception {
        String name = "IT Exportfråga " + UUID.randomUUID().toString().substring(0, 8);
        long sh = id(http, "api/universities", "code", "SH");
        String body = Json.createObjectBuilder().add("studentName", name).add("studentEmail", "export@it.example")
                .add("message", "Vill göra VFU här").add("receivedOn", "2026-01-15").add("universityId", sh)
                .build().toString();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(http.uri("api/inquiries"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json"),
                Fixtures.RINKEBY, Fixtures.PASSWORD);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return name;
    }

    private static long id(Http http, String path, String key, String value) throws Exception {
        return Http.array(http.get(path, Fixtures.CENTRAL, Fixtures.PASSWORD)).getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString(key).equals(value)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }
}
