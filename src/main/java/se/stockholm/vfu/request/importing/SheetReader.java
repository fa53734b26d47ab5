package se.stockholm.vfu.request.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.stockholm.vfu.common.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an uploaded CSV or Excel (.xlsx) file into a {@link Sheet}: Excel through Apache POI (first sheet, cells
 * as the user sees them), CSV through Commons CSV with the separator (semicolon, comma or tab) taken from the
 * header line and the encoding UTF-8, or Windows-1252 when the file is not valid UTF-8 (Swedish Excel's "CSV").
 * A file it cannot read is refused as a whole, with a message for the upload field.
 */
public final class SheetReader {

    /** Beyond this the file is refused: a term has about a hundred students per university, not ten thousands. */
    public static final int MAX_ROWS = 10_000;
    public static final String FIELD = "file";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private SheetReader() {
    }

    public static Sheet read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException(FIELD, "request.import.empty");
        }
        boolean zip = content.length > 1 && content[0] == 'P' && content[1] == 'K';
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xls")) {
            throw new InvalidInputException(FIELD, "request.import.oldExcel");
        }
        return zip || name.endsWith(".xlsx") ? excel(content) : csv(content);
    }

    private static Sheet excel(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new InvalidInputException(FIELD, "request.import.empty");
            }
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<String> headers = null;
            List<Sheet.Row> rows = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? null : formatter.formatCellValue(cell, evaluator));
                }
                Sheet.Row read = new Sheet.Row(row.getRowNum() + 1, cells);
                if (headers == null) {
                    if (!read.isBlank()) {
                        headers = cells;
                    }
                } else if (!read.isBlank()) {
                    rows.add(read);
                    requireNotTooLong(rows);
                }
            }
            if (headers == null) {
                throw new InvalidInputException(FIELD, "request.import.empty");
            }
            return new Sheet(headers, rows);
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException(FIELD, "request.import.unreadable");
        }
    }

    private static Sheet csv(byte[] content) {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int endOfHeader = text.indexOf('\n');
        String headerLine = endOfHeader < 0 ? text : text.substring(0, endOfHeader);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(headerLine))
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(false).get();
        List<String> headers = null;
        List<Sheet.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                Sheet.Row row = new Sheet.Row((int) record.getRecordNumber(), record.toList());
                if (headers == null) {
                    if (row.isBlank()) {
                        continue;
                    }
                    headers = record.toList();
                } else if (!row.isBlank()) {
                    rows.add(row);
                    requireNotTooLong(rows);
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException unreadable) {
            throw new InvalidInputException(FIELD, "request.import.unreadable");
        }
        if (headers == null) {
            throw new InvalidInputException(FIELD, "request.import.empty");
        }
        return new Sheet(headers, rows);
    }

    private static void requireNotTooLong(List<Sheet.Row> rows) {
        if (rows.size() > MAX_ROWS) {
            throw new InvalidInputException(FIELD, "request.import.tooManyRows", MAX_ROWS);
        }
    }

    private static char delimiter(String headerLine) {
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long commas = headerLine.chars().filter(c -> c == ',').count();
        long tabs = headerLine.chars().filter(c -> c == '\t').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas ? ';' : ',';
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, WINDOWS_1252);
        }
    }
}
