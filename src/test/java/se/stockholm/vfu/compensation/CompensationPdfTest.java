package se.stockholm.vfu.compensation;

import org.junit.jupiter.api.Test;
import se.stockholm.vfu.it.PdfText;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The compensation basis as PDF writes its student-weeks as the reader's language does: 14,2 in Swedish. */
class CompensationPdfTest {

    private static final List<CompensationRow> ROWS = List.of(
            new CompensationRow(1, "Södermalm", "SU", 3, 71, SupervisedWeeks.weeks(71)));

    @Test
    void swedishWritesADecimalComma() throws Exception {
        assertThat(PdfText.of(pdf(Locale.forLanguageTag("sv")))).contains("14,2").doesNotContain("14.2");
    }

    @Test
    void englishWritesADecimalPoint() throws Exception {
        assertThat(PdfText.of(pdf(Locale.ENGLISH))).contains("14.2").doesNotContain("14,2");
    }

    private static byte[] pdf(Locale locale) throws Exception {
        assertThat(ROWS.get(0).weeks()).isEqualByComparingTo(new BigDecimal("14.2"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompensationPdf.write("Underlag", List.of("a", "b", "c", "d", "e"), "Summa", ROWS, locale, out);
        return out.toByteArray();
    }
}
