package se.stockholm.vfu.compensation;

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

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The compensation basis as a one-table PDF (OpenPDF): a title, the column headings and a row per district and
 * university, with the totals last. Texts come in translated; values are written as text, never interpreted.
 */
public final class CompensationPdf {

    private CompensationPdf() {
    }

    /**
     * @param title the document's heading (e.g. "Underlag för ersättning HT2026")
     * @param headings district, university, students, working days, student-weeks
     * @param totalLabel the label of the totals row
     * @param locale the language the figures are written in (Swedish writes 14,2 weeks, English 14.2)
     */
    public static void write(String title, List<String> headings, String totalLabel, List<CompensationRow> rows,
                             Locale locale, OutputStream out) throws IOException {
        NumberFormat weeksFormat = NumberFormat.getNumberInstance(locale);
        weeksFormat.setMinimumFractionDigits(1);
        weeksFormat.setMaximumFractionDigits(1);
        Document document = new Document(PageSize.A4);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph(title, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14)));
            document.add(new Paragraph(" "));
            PdfPTable table = new PdfPTable(new float[] {4, 2, 2, 2, 2});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
            Font plain = FontFactory.getFont(FontFactory.HELVETICA, 10);
            for (String heading : headings) {
                table.addCell(cell(heading, bold, false));
            }
            long students = 0;
            long days = 0;
            for (CompensationRow row : rows) {
                table.addCell(cell(row.districtName(), plain, false));
                table.addCell(cell(row.universityCode(), plain, false));
                table.addCell(cell(Integer.toString(row.students()), plain, true));
                table.addCell(cell(Long.toString(row.workdays()), plain, true));
                table.addCell(cell(weeksFormat.format(row.weeks()), plain, true));
                students += row.students();
                days += row.workdays();
            }
            table.addCell(cell(totalLabel, bold, false));
            table.addCell(cell("", bold, false));
            table.addCell(cell(Long.toString(students), bold, true));
            table.addCell(cell(Long.toString(days), bold, true));
            BigDecimal weeks = SupervisedWeeks.weeks(days);
            table.addCell(cell(weeksFormat.format(weeks), bold, true));
            document.add(table);
        } catch (DocumentException failed) {
            throw new IOException("The PDF could not be written", failed);
        } finally {
            document.close();
        }
    }

    private static PdfPCell cell(String text, Font font, boolean number) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setHorizontalAlignment(number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setPadding(4);
        return cell;
    }
}
