package se.stockholm.vfu.request.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import se.stockholm.vfu.common.InvalidInputException;

import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads an uploaded CSV or Excel (.xlsx) file into a {@link Sheet}: Excel's first sheet streamed through Apache
 * POI's event API (cells as the user sees them), CSV through Commons CSV with the separator (semicolon, comma or tab)
 * taken from the header line and the text as {@link CsvEncoding} decodes it. A file it cannot read is refused as a
 * whole, with a message for the upload field.
 * <p>
 * An upload is someone else's file, so reading it must not be able to exhaust the server: the upload's size, each
 * zip entry's unpacked size and packing ratio, the number of entries, rows and columns are capped, each refused with
 * its own message; the sheet is streamed, never loaded as a workbook; and formulas are never evaluated: a formula
 * cell gives the value Excel saved with it (what the user saw), or nothing if the file has none.
 */
public final class SheetReader {

    /** Beyond this the file is refused: a term has about a hundred students per university, not ten thousands. */
    public static final int MAX_ROWS = 10_000;
    /** The template has 18 columns; a registry export may carry more, which are ignored, but not without end. */
    public static final int MAX_COLUMNS = 100;
    /** The largest upload read (the page and the request filter refuse larger ones before reading them). */
    public static final long MAX_UPLOAD_BYTES = 5L * 1024 * 1024;
    /** The same limit in whole megabytes, as the messages say it. */
    public static final long MAX_UPLOAD_MEGABYTES = MAX_UPLOAD_BYTES / (1024 * 1024);
    /** An entry of an .xlsx unpacks to at most this: 10,000 rows of the template are about 8 MB of sheet XML. */
    public static final long MAX_ENTRY_BYTES = 20L * 1024 * 1024;
    /** All entries together unpack to at most this. */
    public static final long MAX_UNPACKED_BYTES = 40L * 1024 * 1024;
    /** An entry packed smaller than this share of its unpacked size is a zip bomb, not a spreadsheet. */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /** An .xlsx of one sheet has about a dozen entries. */
    public static final int MAX_ENTRIES = 100;
    public static final String FIELD = "file";

    static {
        // POI's own guards for every package it opens in this application, as a second line behind checkZip
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
    }

    private SheetReader() {
    }

    public static Sheet read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException(FIELD, "request.import.empty");
        }
        if (content.length > MAX_UPLOAD_BYTES) {
            throw new InvalidInputException(FIELD, "request.import.tooLarge", MAX_UPLOAD_BYTES / (1024 * 1024));
        }
        boolean zip = content.length > 1 && content[0] == 'P' && content[1] == 'K';
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xls")) {
            throw new InvalidInputException(FIELD, "request.import.oldExcel");
        }
        return zip || name.endsWith(".xlsx") ? excel(content) : csv(content);
    }

    private static Sheet excel(byte[] content) {
        checkZip(content);
        Rows rows = new Rows();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new InvalidInputException(FIELD, "request.import.empty");
            }
            XMLReader parser = XMLHelper.newXMLReader();
            // formulasNotResults=false: a formula cell gives its saved value; nothing here can evaluate one
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, rows,
                    new DataFormatter(Locale.ROOT), false));
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            }
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException
                 | RuntimeException unreadable) {
            if (unreadable instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException(FIELD, "request.import.unreadable");
        }
        if (rows.headers == null) {
            throw new InvalidInputException(FIELD, "request.import.empty");
        }
        return new Sheet(rows.headers, rows.rows);
    }

    /**
     * Unpacks every entry once, counting and throwing the bytes away, before POI opens the package: an entry's
     * declared size can lie, the bytes it inflates to cannot. Memory stays one buffer however large the entry.
     */
    private static void checkZip(byte[] content) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new InvalidInputException(FIELD, "request.import.unreadable");
                }
                long unpacked = 0;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    unpacked += n;
                    total += n;
                    if (unpacked > MAX_ENTRY_BYTES || total > MAX_UNPACKED_BYTES
                            || unpacked > 1024 * 1024 && content.length < unpacked * MIN_INFLATE_RATIO) {
                        throw tooLargeUnpacked();
                    }
                }
                long packed = entry.getCompressedSize();
                if (packed >= 0 && unpacked > 1024 * 1024 && packed < unpacked * MIN_INFLATE_RATIO) {
                    throw tooLargeUnpacked();
                }
            }
        } catch (ZipException | IllegalArgumentException broken) {
            throw new InvalidInputException(FIELD, "request.import.unreadable");
        } catch (IOException unreadable) {
            throw new InvalidInputException(FIELD, "request.import.unreadable");
        }
        if (entries == 0) {
            throw new InvalidInputException(FIELD, "request.import.unreadable");
        }
    }

    private static InvalidInputException tooLargeUnpacked() {
        return new InvalidInputException(FIELD, "request.import.tooLargeUnpacked", MAX_ENTRY_BYTES / (1024 * 1024));
    }

    /** The rows of the streamed sheet: the first non-blank one is the header; the parse stops at the first cap. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private List<String> headers;
        private final List<Sheet.Row> rows = new ArrayList<>();
        private String[] cells;
        private int width;

        @Override
        public void startRow(int rowNum) {
            cells = new String[MAX_COLUMNS];
            width = 0;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (value == null || value.isEmpty() || reference == null) {
                return;
            }
            int column = new CellReference(reference).getCol();
            if (column >= MAX_COLUMNS) {
                // thrown through the parser, which passes runtime exceptions on unchanged: the parse stops here
                throw new InvalidInputException(FIELD, "request.import.tooManyColumns", MAX_COLUMNS);
            }
            cells[column] = value;
            width = Math.max(width, column + 1);
        }

        @Override
        public void endRow(int rowNum) {
            Sheet.Row read = new Sheet.Row(rowNum + 1, Arrays.asList(Arrays.copyOf(cells, width)));
            if (read.isBlank()) {
                return;
            }
            if (headers == null) {
                headers = read.cells();
            } else {
                rows.add(read);
                if (rows.size() > MAX_ROWS) {
                    throw new InvalidInputException(FIELD, "request.import.tooManyRows", MAX_ROWS);
                }
            }
        }
    }

    private static Sheet csv(byte[] content) {
        String text = CsvEncoding.text(content);
        int endOfHeader = text.indexOf('\n');
        String headerLine = endOfHeader < 0 ? text : text.substring(0, endOfHeader);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(headerLine))
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(false).get();
        List<String> headers = null;
        List<Sheet.Row> rows = new ArrayList<>();
        long lastRecord = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                lastRecord = record.getRecordNumber();
                if (record.size() > MAX_COLUMNS) {
                    throw new InvalidInputException(FIELD, "request.import.tooManyColumns", MAX_COLUMNS);
                }
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
        } catch (IOException | UncheckedIOException | IllegalStateException unreadable) {
            // the text is in memory: what the parser cannot read is a quotation mark, in the record after the last read
            throw new InvalidInputException(FIELD, readableWithClosingQuote(text, format)
                    ? "request.import.unclosedQuote" : "request.import.badQuote", lastRecord + 1);
        }
        if (headers == null) {
            throw new InvalidInputException(FIELD, "request.import.empty");
        }
        return new Sheet(headers, rows, true);
    }

    /**
     * Whether the text that could not be parsed can be once a quotation mark closes it: then its first fault is a
     * quoted field still open at the end, for the parser left off reading it only there; text after a closing quote
     * (the other fault) comes before the end, where a mark added at the end changes nothing. The parser itself
     * decides, not the words of its exception, which are no part of its API and may change with any version.
     */
    private static boolean readableWithClosingQuote(String text, CSVFormat format) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text + format.getQuoteCharacter()), format)) {
            parser.forEach(record -> { });
            return true;
        } catch (IOException | UncheckedIOException | IllegalStateException stillUnreadable) {
            return false;
        }
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
}
