package se.stockholm.vfu.web.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which export cells a spreadsheet would run as a formula, and that they become text (OWASP: CSV injection). */
class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)", "\t=1+1", "\r=1+1", "-", "+", "=", "-1-1", "+46 8 508 000 00"})
    void formulaLikeTextGetsALeadingApostrophe(String text) {
        assertThat(SpreadsheetText.isFormulaLike(text)).isTrue();
        assertThat(SpreadsheetText.neutralise(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anna-Lena Öberg", "Södermalm", "-12", "+3", "-3,5", "12.25", "1=1", "a@b.se", "", "'=1+1",
            " =1+1"})
    void ordinaryValuesAreUnchanged(String text) {
        assertThat(SpreadsheetText.isFormulaLike(text)).isFalse();
        assertThat(SpreadsheetText.neutralise(text)).isEqualTo(text);
    }
}
