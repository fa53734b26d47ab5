package se.stockholm.vfu.security;

import jakarta.json.JsonObject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;
import se.stockholm.vfu.it.PageClient;
import se.stockholm.vfu.it.PdfText;
import se.stockholm.vfu.it.XssFixtures;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The XSS corpus in the exports (issue 8, proof 2, "every export"): the payloads {@link XssFixtures} stores in every
 * free-text field come out of every table's CSV, Excel and PDF export that shows them as the text that was typed:
 * in the CSV the stored text (with the formula neutralisation of {@code ExportFormulaIT}'s rule where a cell starts
 * like a formula), in the Excel file the literal text in a text cell (never a formula), in the PDF the text; never
 * HTML-escaped ({@code &lt;}), which would be the text changed, not made safe. The tables: units, supervisors, place
 * offers, requests, placements, inquiries, observation visits and bookings, trainee posts, and the change history of
 * the placement's concern and of the booking.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XssExportIT {

    /** What a spreadsheet would run as a formula at the start of a cell (OWASP), as {@code ExportFormulaIT} shows. */
    private static final String FORMULA_START = "=+-@\t\r";

    @ArquillianResource
    URL base;

    /** A table's export on a page (in a term, or none), with fields posted, and the stored values it must carry. */
    record Table(String page, String form, String term, Map<String, String> fields, List<String> values) {
    }

    @Test
    void everyExportOfTheStoredPayloadsHoldsTheTextAsTyped(TestReporter report) throws Exception {
        Http http = new Http(base.toURI());
        HttpResponse<String> made = http.send(HttpRequest.newBuilder(http.uri("api/it/xss-scenario"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
        JsonObject scenario = Http.object(made);
        String term = scenario.getString("termCode");
        String year = term.substring(2);
        String unitName = scenario.getString("unitName");
        List<String> payloads = XssFixtures.PAYLOADS;

        List<Table> tables = List.of(
                new Table("central/units.xhtml", "unitsForm", null, Map.of(), List.of(unitName)),
                new Table("central/supervisors.xhtml", "supervisorsForm", null, Map.of(),
                        List.of(payloads.get(2) + " " + year)),
                new Table("central/places.xhtml", "placesForm", term, Map.of(), List.of(unitName)),
                new Table("central/requests.xhtml", "requestsForm", term, Map.of(), payloads),
                new Table("placements.xhtml", "placementsForm", term, Map.of(), List.of(payloads.get(0), unitName)),
                new Table("inquiries.xhtml", "inquiriesForm", null, Map.of(), List.of(payloads.get(5))),
                new Table("visits.xhtml", "visitsForm", term, Map.of(), List.of(scenario.getString("visitNote"))),
                new Table("visits.xhtml", "bookingsForm", term, Map.of(),
                        List.of(scenario.getString("bookingName"), scenario.getString("bookingRef"))),
                new Table("central/recruitment.xhtml", "postsForm", null, Map.of(), List.of(unitName)),
                new Table("central/audit.xhtml", "auditForm", null, Map.of("auditForm:type_input", "placement_concern",
                        "auditForm:recordId", Long.toString(scenario.getJsonNumber("concernId").longValue())),
                        payloads),
                new Table("central/audit.xhtml", "auditForm", null, Map.of("auditForm:type_input", "observation_booking",
                        "auditForm:recordId", Long.toString(scenario.getJsonNumber("bookingId").longValue())),
                        List.of(scenario.getString("bookingName"), scenario.getString("bookingRef"))));

        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Table table : tables) {
            PageClient pages = new PageClient(base.toURI(), Fixtures.CENTRAL, Fixtures.PASSWORD);
            if (table.term() != null) {
                pages.chooseTerm(table.page(), table.term());
            }
            assertThat(pages.open(table.page()).statusCode()).as(table.page()).isEqualTo(200);
            String where = table.page() + " " + table.form();
            List<String> csv = csvCells(export(pages, table, "exportCsv"));
            List<Xlsx> xlsx = xlsxCells(export(pages, table, "exportXlsx"));
            String pdf = PdfText.squeezed(PdfText.of(export(pages, table, "exportPdf")));
            for (String value : table.values()) {
                if (csv.stream().noneMatch(cell -> holds(cell, value))) {
                    failures.add(where + " CSV: no cell holds " + neutralised(value));
                }
                if (xlsx.stream().noneMatch(cell -> cell.text().contains(value) && cell.type() == CellType.STRING)) {
                    failures.add(where + " Excel: no text cell holds " + value);
                }
                if (!pdf.contains(PdfText.squeezed(value))) {
                    failures.add(where + " PDF: lacks " + value);
                }
                checked += 3;
            }
            if (xlsx.stream().anyMatch(cell -> cell.type() == CellType.FORMULA)) {
                failures.add(where + " Excel: holds a formula cell");
            }
            for (String escaped : List.of("&lt;", "&gt;", "&quot;", "&#39;", "&amp;")) {
                if (csv.stream().anyMatch(cell -> cell.contains(escaped))
                        || xlsx.stream().anyMatch(cell -> cell.text().contains(escaped)) || pdf.contains(escaped)) {
                    failures.add(where + ": HTML-escaped text (" + escaped + ") instead of the text as typed");
                }
            }
        }
        report.publishEntry("XSS corpus in exports", checked + " values checked in " + tables.size()
                + " tables' CSV, Excel and PDF exports");
        assertThat(failures).as("exports that change the stored text or carry a formula").isEmpty();
    }

    /** The CSV cell holds the value as stored, neutralised where the cell starts with it like a formula. */
    private static boolean holds(String cell, String value) {
        if (cell.startsWith(value) || cell.startsWith("'" + value)) {
            return cell.startsWith(neutralised(value));
        }
        return cell.contains(value);
    }

    /** ExportFormulaIT's rule: a leading apostrophe before a cell starting like a formula. */
    private static String neutralised(String value) {
        return !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static byte[] export(PageClient pages, Table table, String button) throws Exception {
        HttpResponse<byte[]> export = pages.press(table.page(), table.form() + ":" + button, table.fields());
        assertThat(export.statusCode()).as(table.page() + " " + button).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElse("")).as(table.page() + " " + button)
                .contains("attachment");
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

    /** An Excel cell as read back: its type and its text as shown. */
    record Xlsx(CellType type, String text) {
    }

    private static List<Xlsx> xlsxCells(byte[] body) throws Exception {
        List<Xlsx> cells = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    cells.add(new Xlsx(cell.getCellType(), formatter.formatCellValue(cell)));
                }
            }
        }
        return cells;
    }
}
