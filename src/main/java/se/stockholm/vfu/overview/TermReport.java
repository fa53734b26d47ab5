package se.stockholm.vfu.overview;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.stockholm.vfu.allocation.ShortageLine;
import se.stockholm.vfu.recruitment.FunnelCell;
import se.stockholm.vfu.recruitment.FunnelRow;
import se.stockholm.vfu.reference.ReferenceLists;
import se.stockholm.vfu.web.export.SpreadsheetText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The term report for the steering group: the city's dashboard of a term (pipeline, breakdowns, supervisor-training
 * coverage, the trend), where places are short and the city's recruitment funnel per VFU cohort, as PDF (OpenPDF)
 * or Excel (POI), in the reader's language.
 * Both formats are written from the same tables, so they always say the same thing. Text cells of the workbook go
 * through {@link SpreadsheetText#neutralise}: a name that looks like a formula stays text.
 */
public final class TermReport {

    static final String BUNDLE = "se.stockholm.vfu.i18n.overview";
    /** What a table shows for a figure that does not apply to the scope (places reported, for a university). */
    private static final String NOT_APPLICABLE = "–";

    /** A titled table of the report; numbers are kept as numbers for the workbook. */
    record Table(String title, List<String> headers, List<List<Object>> rows) {
    }

    private final ResourceBundle texts;
    private final Locale locale;
    private final Dashboard dashboard;
    private final List<ShortageLine> shortage;
    private final List<FunnelRow> funnel;
    private final ReferenceLists names;
    private final LocalDate producedOn;

    /**
     * {@code funnel}: the funnel's rows as the reader may see them; the report keeps the city's row of each cohort.
     * {@code names}: the areas of work and universities in the reader's language (the figures carry Swedish names).
     */
    public TermReport(Dashboard dashboard, List<ShortageLine> shortage, List<FunnelRow> funnel, Locale locale,
                      ReferenceLists names, LocalDate producedOn) {
        this.dashboard = dashboard;
        this.names = names;
        this.shortage = shortage;
        this.funnel = funnel.stream().filter(row -> FunnelRow.CITY.equals(row.groupType())).toList();
        this.locale = locale;
        this.producedOn = producedOn;
        this.texts = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public String title() {
        return format("dashboard.report.title", dashboard.termCode());
    }

    public String subtitle() {
        return format("dashboard.report.subtitle", dashboard.target(), producedOn.toString());
    }

    List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        Pipeline p = dashboard.pipeline();
        List<List<Object>> pipeline = new ArrayList<>();
        pipeline.add(List.of(text("dashboard.pipeline.target"), (long) dashboard.target()));
        pipeline.add(List.of(text("dashboard.pipeline.ceiling"),
                dashboard.ceiling() == null ? text("dashboard.report.notRun") : (Object) (long) dashboard.ceiling()));
        pipeline.add(List.of(text("dashboard.pipeline.requests"), p.requests()));
        pipeline.add(List.of(text("dashboard.pipeline.reported"), p.reported()));
        pipeline.add(List.of(text("dashboard.pipeline.proposed"), p.proposed()));
        pipeline.add(List.of(text("dashboard.pipeline.offered"), p.offered()));
        pipeline.add(List.of(text("dashboard.pipeline.confirmed"), p.confirmed()));
        pipeline.add(List.of(text("dashboard.pipeline.started"), p.started()));
        pipeline.add(List.of(text("dashboard.pipeline.completed"), p.completed()));
        pipeline.add(List.of(text("dashboard.pipeline.declined"), p.declined()));
        pipeline.add(List.of(text("dashboard.pipeline.interrupted"), p.interrupted()));
        tables.add(new Table(text("dashboard.pipeline"), List.of("", ""), pipeline));

        String language = locale.getLanguage();
        tables.add(breakdown(text("dashboard.byDistrict"), text("dashboard.col.district"), dashboard.byDistrict(),
                Breakdown::name, true, "dashboard.col.firstChoice")); // a district's requests: those naming it first
        tables.add(breakdown(text("dashboard.byUniversity"), text("dashboard.col.university"),
                dashboard.byUniversity(), line -> names.universityName(line.code(), line.name(), language), false,
                "dashboard.col.requests"));
        tables.add(breakdown(text("dashboard.byArea"), text("dashboard.col.area"), dashboard.byArea(),
                line -> names.areaName(line.code(), line.name(), language), true, null));

        List<List<Object>> training = new ArrayList<>();
        for (TrainingCoverage line : dashboard.training()) {
            training.add(List.of(line.name(), line.supervisors(), line.trainedOrEnrolled(), line.percent() + " %",
                    line.supervising(), line.supervisingTrainedOrEnrolled(), line.supervisingPercent() + " %"));
        }
        tables.add(new Table(text("dashboard.training"), List.of(text("dashboard.col.district"),
                text("dashboard.training.supervisors"), text("dashboard.training.trained"), text("dashboard.training.share"),
                text("dashboard.training.supervising"), text("dashboard.training.supervisingTrained"),
                text("dashboard.training.share")), training));

        List<List<Object>> lines = new ArrayList<>();
        for (ShortageLine line : shortage) {
            lines.add(List.of((long) line.students(), (long) line.capacity(), (long) line.shortfall(),
                    line.districtList(), line.areaList(names, language)));
        }
        tables.add(new Table(text("dashboard.report.shortage"), List.of(text("dashboard.report.shortage.students"),
                text("dashboard.report.shortage.capacity"), text("dashboard.report.shortage.missing"),
                text("dashboard.report.shortage.districts"), text("dashboard.report.shortage.areas")), lines));

        List<List<Object>> cohorts = new ArrayList<>();
        for (FunnelRow row : funnel) {
            cohorts.add(List.of(row.cohort(), figure(row.students()), figure(row.trainees()), figure(row.hires()),
                    figure(row.retained12())));
        }
        tables.add(new Table(text("dashboard.report.funnel"), List.of(text("dashboard.report.funnel.cohort"),
                text("dashboard.report.funnel.students"), text("dashboard.report.funnel.trainees"),
                text("dashboard.report.funnel.hires"), text("dashboard.report.funnel.retained")), cohorts));

        List<List<Object>> trend = new ArrayList<>();
        for (TrendPoint point : dashboard.trend()) {
            trend.add(List.of(point.termCode(), (long) point.target(), figure(point.reported()), point.requests(),
                    point.placed(), point.completed()));
        }
        tables.add(new Table(text("dashboard.trend"), List.of(text("dashboard.col.term"), text("dashboard.col.target"),
                text("dashboard.col.reported"), text("dashboard.col.requests"), text("dashboard.col.placed"),
                text("dashboard.col.completed")), trend));
        return tables;
    }

    /** A figure that does not apply to the scope is a dash. */
    private static Object figure(Long value) {
        return value == null ? NOT_APPLICABLE : (Object) value;
    }

    private Object figure(FunnelCell cell) {
        if (cell.notYetKnown()) {
            return text("dashboard.report.funnel.notYetKnown");
        }
        return cell.suppressed() ? text("dashboard.report.funnel.fewer") : (Object) (long) cell.count();
    }

    private Table breakdown(String title, String nameHeader, List<Breakdown> lines, Function<Breakdown, String> name,
                            boolean reported, String requestsHeader) {
        List<String> headers = new ArrayList<>(List.of(nameHeader));
        if (reported) {
            headers.add(text("dashboard.col.reported"));
        }
        if (requestsHeader != null) {
            headers.add(text(requestsHeader));
        }
        headers.add(text("dashboard.col.placed"));
        headers.add(text("dashboard.col.completed"));
        List<List<Object>> rows = new ArrayList<>();
        for (Breakdown line : lines) {
            List<Object> row = new ArrayList<>();
            row.add(line.city() ? text("dashboard.pipeline.city") : name.apply(line));
            if (reported) {
                row.add(figure(line.reported()));
            }
            if (requestsHeader != null) {
                row.add(figure(line.requests()));
            }
            row.add(line.placed());
            row.add(line.completed());
            rows.add(row);
        }
        return new Table(title, headers, rows);
    }

    /** The report as a PDF document (A4). */
    public byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title());
            document.open();
            Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
            Font section = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
            Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
            Font head = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
            document.add(new Paragraph(title(), heading));
            document.add(new Paragraph(subtitle(), body));
            for (Table table : tables()) {
                Paragraph title = new Paragraph(table.title(), section);
                title.setSpacingBefore(12);
                title.setSpacingAfter(4);
                document.add(title);
                if (table.rows().isEmpty()) {
                    document.add(new Paragraph(emptyText(table), body));
                    continue;
                }
                PdfPTable pdf = new PdfPTable(table.headers().size());
                pdf.setWidthPercentage(100);
                pdf.setHeaderRows(1);
                for (String header : table.headers()) {
                    pdf.addCell(new PdfPCell(new Phrase(header, head)));
                }
                for (List<Object> row : table.rows()) {
                    for (Object value : row) {
                        PdfPCell cell = new PdfPCell(new Phrase(String.valueOf(value), body));
                        if (value instanceof Number) {
                            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                        }
                        pdf.addCell(cell);
                    }
                }
                document.add(pdf);
            }
        } catch (DocumentException failed) {
            throw new IllegalStateException("the term report could not be written as PDF", failed);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** The report as an Excel workbook: one sheet with every table, one with the trend alone for charts of one's own. */
    public byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            XSSFFont font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet summary = workbook.createSheet(text("dashboard.report.sheet.summary"));
            int r = 0;
            text(summary.createRow(r++), 0, title(), bold);
            text(summary.createRow(r++), 0, subtitle(), null);
            List<Table> tables = tables();
            for (Table table : tables) {
                r++;
                text(summary.createRow(r++), 0, table.title(), bold);
                r = write(summary, r, table, bold);
            }
            Sheet trend = workbook.createSheet(text("dashboard.report.sheet.trend"));
            write(trend, 0, tables.get(tables.size() - 1), bold);
            for (int c = 0; c < 7; c++) {
                summary.setColumnWidth(c, c == 0 ? 36 * 256 : 18 * 256);
                trend.setColumnWidth(c, 16 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private int write(Sheet sheet, int first, Table table, CellStyle bold) {
        int r = first;
        Row header = sheet.createRow(r++);
        for (int c = 0; c < table.headers().size(); c++) {
            text(header, c, table.headers().get(c), bold);
        }
        if (table.rows().isEmpty()) {
            text(sheet.createRow(r++), 0, emptyText(table), null);
        }
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value instanceof Number number) {
                    row.createCell(c).setCellValue(number.doubleValue());
                } else {
                    text(row, c, String.valueOf(value), null);
                }
            }
        }
        return r;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(SpreadsheetText.neutralise(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private String emptyText(Table table) {
        if (table.title().equals(text("dashboard.report.shortage"))) {
            return text("dashboard.report.shortage.none");
        }
        return table.title().equals(text("dashboard.report.funnel")) ? text("dashboard.report.funnel.none") : "–";
    }

    private String text(String key) {
        return texts.getString(key);
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
