package se.stockholm.vfu.request.importing;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * How long the preview of a 5,000-row import takes (reading and checking every row), for CSV and for Excel.
 * A main class, not a test: timings belong in docs/import-format.md, not in an assertion that fails on a busy
 * machine. Run it as that document says; it prints the median of several runs after a warm-up.
 */
public final class ImportBenchmark {

    static final int ROWS = 5_000;
    private static final String[] AREAS = {"BOU", "EKB", "VUX", "SOP", "FUN", "ALD", "MOT"};
    private static final String[] DISTRICTS = {"Södermalm", "RK", "Bromma", "Farsta", "Kungsholmen", "SKH"};

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        ImportReferences references = new ImportReferences();
        for (int i = 0; i < AREAS.length; i++) {
            references.area(i + 1, AREAS[i]);
        }
        for (int i = 0; i < DISTRICTS.length; i++) {
            references.district(100 + i, DISTRICTS[i]);
        }
        List<List<String>> rows = rows();
        byte[] csv = csv(rows);
        byte[] xlsx = xlsx(rows);
        System.out.printf("%,d rows: CSV %,d bytes, xlsx %,d bytes%n", ROWS, csv.length, xlsx.length);
        for (String[] file : new String[][] {{"requests.csv", "csv"}, {"requests.xlsx", "xlsx"}}) {
            byte[] content = file[1].equals("csv") ? csv : xlsx;
            long[] millis = new long[7];
            ImportPreview preview = null;
            for (int run = -3; run < millis.length; run++) {
                long start = System.nanoTime();
                preview = new RequestImportValidator(references).validate(SheetReader.read(file[0], content));
                if (run >= 0) {
                    millis[run] = (System.nanoTime() - start) / 1_000_000;
                }
            }
            Arrays.sort(millis);
            System.out.printf("%s preview: median %d ms, slowest %d ms (%d valid rows, %d errors)%n", file[1],
                    millis[millis.length / 2], millis[millis.length - 1], preview.validRows().size(),
                    preview.errors().size());
        }
    }

    static List<List<String>> rows() {
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList());
        for (int i = 1; i <= ROWS; i++) {
            boolean support = i % 17 == 0;
            rows.add(List.of("s" + (1_000_000 + i), "Förnamn" + i, "Efternamn" + i, "student" + i + "@student.su.se",
                    i % 25 == 0 ? "Umeå universitet" : "", AREAS[i % AREAS.length], AREAS[(i + 1) % AREAS.length], "",
                    DISTRICTS[i % DISTRICTS.length], "", "", i % 3 == 0 ? "sv, en" : "sv", support ? "ja" : "nej",
                    support ? "Behöver anpassning" : "", DISTRICTS[(i + 2) % DISTRICTS.length], "Rad " + i));
        }
        return rows;
    }

    static byte[] csv(List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        rows.forEach(row -> text.append(String.join(";", row)).append("\r\n"));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Export");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
