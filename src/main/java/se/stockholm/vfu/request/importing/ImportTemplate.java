package se.stockholm.vfu.request.importing;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The template coordinators download: every column's header and one example row, as CSV (semicolons, UTF-8 with
 * a byte-order mark so Excel opens it as UTF-8) or as .xlsx.
 */
public final class ImportTemplate {

    static final List<String> EXAMPLE = List.of("s1234567", "Alva", "Andersson", "alva.andersson@student.su.se", "",
            "BOU", "EKB", "", "Södermalm", "RK", "", "sv, en", "nej", "", "Farsta", "Kan börja en vecka senare");

    private ImportTemplate() {
    }

    public static byte[] csv() {
        StringBuilder text = new StringBuilder("\uFEFF");
        text.append(String.join(";", Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList()))
                .append("\r\n").append(String.join(";", EXAMPLE)).append("\r\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Förfrågningar");
            Row header = sheet.createRow(0);
            Row example = sheet.createRow(1);
            ImportColumn[] columns = ImportColumn.values();
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i].header());
                example.createCell(i).setCellValue(EXAMPLE.get(i));
                sheet.setColumnWidth(i, 22 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
