package se.stockholm.vfu.network;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file the network may share, each known by its extension <em>and</em> by its first bytes: a file is
 * accepted only when both agree. PDF starts with {@code %PDF-}; DOCX, XLSX and ODT are ZIP archives (local file
 * header {@code PK\3\4}) that name {@code word/}, {@code xl/} or, as the first entry, ODF's {@code mimetype} for a
 * text document; a text file is UTF-8 without NUL or other control bytes besides tab and line breaks.
 */
public enum DocumentType {
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ODT("odt", "application/vnd.oasis.opendocument.text"),
    TXT("txt", "text/plain; charset=UTF-8");

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final String ODT_MIMETYPE = "mimetypeapplication/vnd.oasis.opendocument.text";

    private final String extension;
    private final String contentType;

    DocumentType(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The type a file name's extension claims, if it is one of the allowed. */
    public static Optional<DocumentType> byExtension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.extension.equals(extension)).findFirst();
    }

    /** Whether the content's first bytes are what this type's files start with. */
    public boolean matches(byte[] content) {
        return switch (this) {
            case PDF -> startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case DOCX -> startsWith(content, ZIP) && contains(content, "word/");
            case XLSX -> startsWith(content, ZIP) && contains(content, "xl/");
            case ODT -> startsWith(content, ZIP) && content.length > 30 + ODT_MIMETYPE.length()
                    && new String(content, 30, ODT_MIMETYPE.length(), StandardCharsets.US_ASCII).equals(ODT_MIMETYPE);
            case TXT -> isPlainText(content);
        };
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** ZIP entry names are stored as plain bytes in the local and central headers. */
    private static boolean contains(byte[] content, String name) {
        byte[] needle = name.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= content.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isPlainText(byte[] content) {
        for (byte b : content) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }
}
