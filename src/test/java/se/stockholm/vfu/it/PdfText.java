package se.stockholm.vfu.it;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * The text of an exported PDF read back with OpenPDF, for tests that check what a file holds. A table's cell may wrap
 * over lines, so {@link #squeezed} compares without any white space.
 */
public final class PdfText {

    private PdfText() {
    }

    /** Every page's text, pages in order. */
    public static String of(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    /** The text without white space, so a value wrapped over two lines of a cell is still found. */
    public static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
