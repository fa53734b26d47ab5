package se.stockholm.vfu.request.importing;

import se.stockholm.vfu.common.InvalidInputException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an uploaded CSV file: UTF-8, or Windows-1252 when the bytes are not valid UTF-8 (Swedish Excel's
 * "CSV"), without a byte-order mark. A UTF-16 file (Excel's "Unicode text") is refused with its own message.
 */
final class CsvEncoding {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvEncoding() {
    }

    static String text(byte[] content) {
        requireNotUtf16(content);
        String text = decode(content);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Refuses a UTF-16 (or UTF-32) file, Excel's "Unicode text": read as UTF-8 or Windows-1252 its every other byte
     * is a NUL, no header matches and every row looked wrong for a reason no one could see. Known by its byte-order
     * mark, or without one by NULs, which no text in UTF-8 or Windows-1252 holds.
     */
    private static void requireNotUtf16(byte[] content) {
        boolean bom = content.length > 1 && (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE
                || content[0] == (byte) 0xFE && content[1] == (byte) 0xFF);
        int sample = Math.min(content.length, 4096);
        int nuls = 0;
        for (int i = 0; i < sample; i++) {
            if (content[i] == 0) {
                nuls++;
            }
        }
        if (bom || nuls > sample / 10) {
            throw new InvalidInputException(SheetReader.FIELD, "request.import.encoding");
        }
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
