package se.stockholm.vfu.overview;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.DashboardFixtures;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;
import se.stockholm.vfu.it.PageClient;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The term report and the dashboard over HTTP: the central contact downloads the PDF (its text read back with
 * OpenPDF) and the workbook (its cells read with POI) with the figures of {@link DashboardFixtures}, in Swedish or
 * English; a district contact and a university coordinator are refused the report and get their own dashboard.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TermReportApiIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    Http http;

    @BeforeEach
    void fixtures() throws Exception {
        http = new Http(base.toURI());
        HttpResponse<String> made = http.send(HttpRequest.newBuilder(http.uri("api/it/dashboard-fixtures"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(made.statusCode()).isEqualTo(204);
    }

    @Test
    void theCentralContactDownloadsTheReportAsPdfInSwedishAndEnglish() throws Exception {
        HttpResponse<byte[]> pdf = download("report.pdf", "", Fixtures.CENTRAL);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        // the extractor does not always put a space between table cells: compare without white space
        String text = text(pdf.body());
        assertThat(text).contains("TerminsrapportVFUHT2042").contains("Terminensflöde").contains("Takförfördelningen4")
                .contains("Rapporteradeplatser7").contains("Bekräftade3").contains("Genomförda1")
                .contains("Skarpnäck4431").contains("Farsta3100").contains("Handledarutbildning")
                .contains("Utvecklingöverterminer").contains("VT20421002111");

        String english = text(download("report.pdf", "?lang=en", Fixtures.CENTRAL).body());
        assertThat(english).contains("VFUtermreportHT2042").contains("Placesreported7")
                .contains("Supervisortraining").contains("Trendoverterms");
    }

    @Test
    void theCentralContactDownloadsTheReportAsAWorkbook() throws Exception {
        HttpResponse<byte[]> xlsx = download("report.xlsx", "", Fixtures.CENTRAL);

        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet summary = workbook.getSheet("Sammanfattning");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Terminsrapport VFU HT2042");
            Map<String, Double> figures = new HashMap<>();
            for (Row row : summary) {
                Cell name = row.getCell(0);
                Cell value = row.getCell(1);
                if (name != null && name.getCellType() == CellType.STRING && value != null
                        && value.getCellType() == CellType.NUMERIC
                        && !figures.containsKey(name.getStringCellValue())) {
                    figures.put(name.getStringCellValue(), value.getNumericCellValue());
                }
            }
            assertThat(figures).containsEntry("Rapporterade platser", 7.0).containsEntry("Förfrågningar", 6.0)
                    .containsEntry("Erbjudna", 5.0).containsEntry("Påbörjade", 3.0).containsEntry("Avbrutna", 1.0)
                    .containsEntry("Skarpnäck", 4.0).containsEntry("Mål", 100.0);
            // a district's requests are those naming it first choice (the dashboard's by-district table says so too)
            Map<String, String> requestsHeader = new HashMap<>();
            for (Row row : summary) {
                Cell name = row.getCell(0);
                if (name != null && name.getCellType() == CellType.STRING && row.getCell(2) != null
                        && row.getCell(2).getCellType() == CellType.STRING) {
                    requestsHeader.putIfAbsent(name.getStringCellValue(), row.getCell(2).getStringCellValue());
                }
            }
            assertThat(requestsHeader).containsEntry("Stadsdelsförvaltning", "Förstahandsval");
            Sheet trend = workbook.getSheet("Utveckling");
            Row last = trend.getRow(trend.getLastRowNum());
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("HT2042");
            assertThat(last.getCell(2).getNumericCellValue()).isEqualTo(7.0);
            assertThat(last.getCell(4).getNumericCellValue()).isEqualTo(3.0);
        }
    }

    @Test
    void theWorkbookCarriesTheCitysRecruitmentFunnelAsTheFunnelPageShowsIt() throws Exception {
        // a completed placement whose student is a candidate: at least one cohort, on any database
        assertThat(http.send(HttpRequest.newBuilder(http.uri("api/it/recruitment-scenario"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD).statusCode())
                .isEqualTo(200);
        List<String> expected = new ArrayList<>();
        for (JsonObject row : Http.array(http.get("api/recruitment/funnel", Fixtures.CENTRAL, Fixtures.PASSWORD))
                .getValuesAs(JsonObject.class)) {
            if (row.getString("groupType").equals("CITY")) {
                expected.add(row.getString("cohort") + " " + count(row, "students") + " " + count(row, "trainees")
                        + " " + count(row, "hires") + " " + count(row, "retained12"));
            }
        }
        assertThat(expected).isNotEmpty();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                download("report.xlsx", "", Fixtures.CENTRAL).body()))) {
            Sheet summary = workbook.getSheet("Sammanfattning");
            int title = -1;
            for (Row row : summary) {
                Cell first = row.getCell(0);
                if (first != null && first.getCellType() == CellType.STRING
                        && first.getStringCellValue().equals("Rekryteringstratten, hela staden, per VFU-kull")) {
                    title = row.getRowNum();
                }
            }
            assertThat(title).as("the funnel's table in the report").isNotNegative();
            assertThat(summary.getRow(title + 1).getCell(1).getStringCellValue()).isEqualTo("VFU-studenter");
            List<String> reported = new ArrayList<>();
            for (int r = title + 2; summary.getRow(r) != null && summary.getRow(r).getCell(0) != null; r++) {
                Row row = summary.getRow(r);
                StringBuilder line = new StringBuilder(row.getCell(0).getStringCellValue());
                for (int c = 1; c <= 4; c++) {
                    Cell figure = row.getCell(c);
                    line.append(' ').append(figure.getCellType() == CellType.NUMERIC
                            ? String.valueOf((long) figure.getNumericCellValue()) : figure.getStringCellValue());
                }
                reported.add(line.toString());
            }
            assertThat(reported).isEqualTo(expected);
        }
    }

    /**
     * The English report names the areas of work and the universities in English: where places are short, and the
     * breakdowns by area and by university (they stayed Swedish: the allocation's summary, kept for every reader, and
     * the dashboard's figures carry the Swedish names). The term is the allocation tests' own, with a student who asks
     * for Ekonomiskt bistånd (Income support), an area no place is in.
     */
    @Test
    void theEnglishReportNamesTheAreasOfWorkAndTheUniversitiesInEnglish() throws Exception {
        String term = Http.object(http.send(HttpRequest.newBuilder(http.uri("api/it/allocation-scenario/area-shortage"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD)).getString("termCode");

        Map<String, List<String>> english = reportTexts(term, "en", "Where places are short", 4);
        assertThat(english.get("shortage")).as("the areas asked for where places are short")
                .anySatisfy(areas -> assertThat(areas).contains("Income support"))
                .noneSatisfy(areas -> assertThat(areas).contains("Ekonomiskt bistånd"));
        assertThat(english.get("all")).contains("Children and youth", "Income support", "Stockholm University")
                .doesNotContain("Barn och unga", "Ekonomiskt bistånd", "Stockholms universitet");

        Map<String, List<String>> swedish = reportTexts(term, "sv", "Här saknas platser", 4);
        assertThat(swedish.get("shortage")).anySatisfy(areas -> assertThat(areas).contains("Ekonomiskt bistånd"));
        assertThat(swedish.get("all")).contains("Barn och unga", "Stockholms universitet")
                .doesNotContain("Children and youth", "Stockholm University");
    }

    /**
     * The text cells of the term's report as a workbook in the language: "all" of its summary sheet, and "shortage"
     * the cells of the column given in the rows of the table with that title.
     */
    private Map<String, List<String>> reportTexts(String term, String language, String shortageTitle, int column)
            throws Exception {
        String token = Base64.getEncoder().encodeToString((Fixtures.CENTRAL + ":" + Fixtures.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> xlsx = CLIENT.send(HttpRequest.newBuilder(http.uri("api/terms/" + term + "/report.xlsx?lang="
                + language)).header("Authorization", "Basic " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        List<String> all = new ArrayList<>();
        List<String> shortage = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet summary = workbook.getSheetAt(0);
            int title = -1;
            for (Row row : summary) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        all.add(cell.getStringCellValue());
                    }
                }
                Cell first = row.getCell(0);
                if (first != null && first.getCellType() == CellType.STRING
                        && first.getStringCellValue().equals(shortageTitle)) {
                    title = row.getRowNum();
                }
            }
            assertThat(title).as("the shortage's table in the report").isNotNegative();
            for (int r = title + 2; summary.getRow(r) != null && summary.getRow(r).getCell(column) != null; r++) {
                shortage.add(summary.getRow(r).getCell(column).getStringCellValue());
            }
        }
        return Map.of("all", all, "shortage", shortage);
    }

    /** A figure as the report writes it: the number, or "ännu inte känt" where the API marks it not yet known. */
    private static String count(JsonObject row, String stage) {
        JsonObject figure = row.getJsonObject(stage);
        return figure.getBoolean("notYetKnown") ? "ännu inte känt" : String.valueOf(figure.getJsonNumber("count").longValue());
    }

    @Test
    void districtsAndUniversitiesAreRefusedTheReportButGetTheirOwnDashboard() throws Exception {
        for (String user : new String[] {DashboardFixtures.SKARPNACK, Fixtures.SU}) {
            assertThat(download("report.pdf", "", user).statusCode()).as(user).isEqualTo(403);
            assertThat(download("report.xlsx", "", user).statusCode()).as(user).isEqualTo(403);
        }
        JsonObject own = Http.object(http.get("api/terms/HT2042/dashboard", DashboardFixtures.SKARPNACK, Fixtures.PASSWORD));
        assertThat(own.getString("scope")).isEqualTo("DISTRICT");
        assertThat(own.getString("scopeName")).isEqualTo("Skarpnäck");
        assertThat(own.getJsonObject("pipeline").getInt("reported")).isEqualTo(4);
        assertThat(own.getJsonObject("cityPipeline").getInt("reported")).isEqualTo(7);
        assertThat(own.toString()).doesNotContain("Farsta");

        JsonObject city = Http.object(http.get("api/terms/HT2042/dashboard", Fixtures.CENTRAL, Fixtures.PASSWORD));
        assertThat(city.getString("scope")).isEqualTo("CITY");
        assertThat(city.getInt("ceiling")).isEqualTo(4);
        // a figure that does not apply is left out, never sent as a number (it was -1)
        assertThat(city.getJsonArray("byArea").getValuesAs(JsonObject.class))
                .allSatisfy(area -> assertThat(area).containsKey("placed").doesNotContainKey("requests"));
        assertThat(city.getJsonArray("byUniversity").getValuesAs(JsonObject.class))
                .allSatisfy(university -> assertThat(university).containsKey("requests").doesNotContainKey("reported"));
        assertThat(city.toString()).doesNotContain(":-1");
        assertThat(http.get("api/terms/HT2042/dashboard/districts/" + farstaId(city), DashboardFixtures.SKARPNACK,
                Fixtures.PASSWORD).statusCode()).isEqualTo(403);
        assertThat(http.send(HttpRequest.newBuilder(http.uri("api/terms/HT2042/dashboard/reminders/universities/"
                + universityId(city, "ESBH"))).POST(HttpRequest.BodyPublishers.noBody()), Fixtures.SU, Fixtures.PASSWORD)
                .statusCode()).isEqualTo(403);
    }

    /**
     * f's proposal in Farsta is not published: Farsta's and SH's placements lists do not show it, so neither do their
     * dashboards (JSON and page), nor the city's total beside Farsta's figures (they counted it: proposed 2 against
     * offered 1). The central contact's list shows it, with a filter for it, and its dashboard counts it.
     */
    @Test
    void onlyTheCentralContactCountsAndFiltersProposalsNotYetPublished() throws Exception {
        JsonObject farsta = Http.object(http.get("api/terms/HT2042/dashboard", DashboardFixtures.FARSTA, Fixtures.PASSWORD));
        assertThat(farsta.getJsonObject("pipeline").getInt("proposed")).isEqualTo(1);
        assertThat(farsta.getJsonObject("pipeline").getInt("offered")).isEqualTo(1);
        assertThat(farsta.getJsonObject("cityPipeline").getInt("proposed")).isEqualTo(5);
        JsonObject sh = Http.object(http.get("api/terms/HT2042/dashboard", Fixtures.SH, Fixtures.PASSWORD));
        assertThat(sh.getJsonObject("pipeline").getInt("proposed")).isEqualTo(1);
        JsonObject city = Http.object(http.get("api/terms/HT2042/dashboard", Fixtures.CENTRAL, Fixtures.PASSWORD));
        assertThat(city.getJsonObject("pipeline").getInt("proposed")).isEqualTo(6);

        PageClient district = new PageClient(base.toURI(), DashboardFixtures.FARSTA, Fixtures.PASSWORD);
        district.chooseTerm("district/overview.xhtml", "HT2042");
        assertThat(district.open("district/overview.xhtml").body()).contains("<td id=\"stage-proposed\">1</td>");
        assertThat(district.open("placements.xhtml").body()).doesNotContain("value=\"PROPOSED\"");

        PageClient central = new PageClient(base.toURI(), Fixtures.CENTRAL, Fixtures.PASSWORD);
        central.chooseTerm("placements.xhtml", "HT2042");
        assertThat(central.open("placements.xhtml").body()).contains("value=\"PROPOSED\"");
    }

    /**
     * HT2042's requests not withdrawn are six (the dashboard's, sent), the allocation's five: e's placement was
     * interrupted, and a run does not place her again. Each page says which it counts.
     */
    @Test
    void theAllocationAndTheOverviewSayWhichRequestsTheyCount() throws Exception {
        PageClient central = new PageClient(base.toURI(), Fixtures.CENTRAL, Fixtures.PASSWORD);
        central.chooseTerm("central/allocation.xhtml", "HT2042");
        String allocation = central.open("central/allocation.xhtml").body();
        assertThat(allocation).contains("<span class=\"figure\" id=\"requests\">5</span>")
                .contains("Förfrågningar i fördelningen").contains("utom de vars placering har avbrutits");
        String overview = central.open("central/overview.xhtml").body();
        assertThat(overview).contains("<span class=\"figure\" id=\"requests-total\">6</span>")
                .contains("Skickade förfrågningar från lärosätena").contains("också de vars placering har avbrutits");
    }

    private static long farstaId(JsonObject city) {
        return city.getJsonArray("byDistrict").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("code").equals("FA")).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static long universityId(JsonObject city, String code) {
        return city.getJsonArray("byUniversity").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("code").equals(code)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private HttpResponse<byte[]> download(String file, String query, String user) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return CLIENT.send(HttpRequest.newBuilder(http.uri("api/terms/HT2042/" + file + query))
                .header("Authorization", "Basic " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(byte[] pdf) throws Exception {
        StringBuilder text = new StringBuilder();
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
        }
        return text.toString().replaceAll("\\s+", "");
    }
}
