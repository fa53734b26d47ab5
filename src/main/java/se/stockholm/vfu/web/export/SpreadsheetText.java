package se.stockholm.vfu.web.export;

import java.util.regex.Pattern;

/**
 * What a spreadsheet would take for a formula in a text cell, and how to keep it text (OWASP's advice on CSV
 * injection): a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return runs as
 * a formula when the file is opened in Excel or LibreOffice, so such text is written with a leading apostrophe,
 * which makes the cell text. A plain number ({@code -12}, {@code +3,5}) is left alone: a spreadsheet reads it as
 * the number it is and runs nothing.
 */
public final class SpreadsheetText {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    private SpreadsheetText() {
    }

    /** Whether a spreadsheet would run the text as a formula. */
    public static boolean isFormulaLike(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return switch (first) {
            case '=', '@', '\t', '\r' -> true;
            case '+', '-' -> !PLAIN_NUMBER.matcher(text).matches();
            default -> false;
        };
    }

    /** The text as a CSV cell a spreadsheet shows as text: formula-like text gets a leading apostrophe. */
    public static String neutralise(String text) {
        return isFormulaLike(text) ? "'" + text : text;
    }
}
