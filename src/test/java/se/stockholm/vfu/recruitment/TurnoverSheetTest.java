package se.stockholm.vfu.recruitment;

import org.junit.jupiter.api.Test;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.Texts;
import se.stockholm.vfu.request.importing.ImportError;
import se.stockholm.vfu.request.importing.SheetReader;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A turnover CSV file's separators and quotation marks, read by the request import's reader: the same refusals. */
class TurnoverSheetTest {

    private static final Map<String, Long> DISTRICTS = Map.of("SO", 1L);
    private static final String HEADER = "stadsdel,år,yrkesgrupp,tillsvidareanställda,slutat,till annan stadsarbetsgivare\n";

    private static TurnoverSheet.Result parse(String csv) {
        return TurnoverSheet.parse(SheetReader.read("turnover.csv", TurnoverSheet.withoutComments(
                csv.getBytes(StandardCharsets.UTF_8))), DISTRICTS, null);
    }

    /**
     * "1,176" in a comma-separated file split the figure: read as 1 permanent and 176 left the row was answered "more
     * left than employed", and figures that happened to fit would have been saved one column off.
     */
    @Test
    void aRowWithMoreFieldsThanTheHeaderIsAnErrorOfItsRowNotFiguresMovedOneColumn() {
        TurnoverSheet.Result result = parse(HEADER
                + "SO,2024,socialsekreterare,1,176,12,0\n"
                + "SO,2023,socialsekreterare,\"1176\",12,0\n"
                + "SO,2022,socialsekreterare,80,12,0,\n");

        assertThat(result.errors()).containsExactly(new ImportError(2, null, "recruitment.import.tooManyFields",
                List.of("7", "6")));
        assertThat(result.rows()).extracting(TurnoverSheet.Parsed::row).containsExactly(3, 4);
        assertThat(Texts.text(Locale.forLanguageTag("sv"), "recruitment.import.tooManyFields", "7", "6"))
                .contains("fler fält än rubrikraden (7 mot 6)");
        assertThat(Texts.text(Locale.ENGLISH, "recruitment.import.tooManyFields", "7", "6"))
                .contains("more fields than the header row (7 against 6)");
    }

    /** The request import's refusals of a quotation mark, for the turnover import's file: the row, not "unreadable". */
    @Test
    void anUnclosedQuoteIsRefusedNamingItsRowAndTextAfterAClosingQuoteToo() {
        assertThatThrownBy(() -> parse(HEADER + "SO,2024,socialsekreterare,80,12,0\n\"SO,2023,socialsekreterare,80,12,0\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getField()).isEqualTo(SheetReader.FIELD);
                    assertThat(e.getMessageKey()).isEqualTo("request.import.unclosedQuote");
                    assertThat(e.getArguments()).containsExactly(3L);
                });
        assertThatThrownBy(() -> parse(HEADER + "SO,2024,\"socialsekreterare\"x,80,12,0"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("request.import.badQuote");
                    assertThat(e.getArguments()).containsExactly(2L);
                });
    }
}
