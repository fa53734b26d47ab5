package se.stockholm.vfu.network;

import se.stockholm.vfu.common.InvalidInputException;

/**
 * What an uploaded document must be, checked in this order before anything is stored: a plain file name (no
 * folder, no {@code ..}), not empty and at most {@link #MAX_BYTES}, an allowed extension, and first bytes that are
 * that type's. Each refusal is an {@link InvalidInputException} on the field {@value #FIELD} with a message for the
 * user. The web tier checks the size of the request before it is read (web.UploadLimitFilter).
 */
public final class DocumentRules {

    /** The largest document, 10 MB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final long MAX_MEGABYTES = MAX_BYTES / (1024 * 1024);
    public static final String FIELD = "file";

    private DocumentRules() {
    }

    /** The file name as given, refused if it names a folder or is not a usable name. */
    public static String fileName(String given) {
        if (given == null || given.isBlank()) {
            throw new InvalidInputException(FIELD, "network.document.error.fileRequired");
        }
        if (given.contains("/") || given.contains("\\") || given.contains("..") || given.contains(":")) {
            throw new InvalidInputException(FIELD, "network.document.error.path");
        }
        String name = given.strip();
        if (name.length() > DocumentVersion.FILE_NAME_MAX || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidInputException(FIELD, "network.document.error.name");
        }
        return name;
    }

    /** Refuses an empty or too large file, by its declared size, before its bytes are read. */
    public static void size(long bytes) {
        if (bytes <= 0) {
            // a chosen file of no bytes (no file chosen at all has no name: fileRequired)
            throw new InvalidInputException(FIELD, "network.document.error.empty");
        }
        if (bytes > MAX_BYTES) {
            throw new InvalidInputException(FIELD, "network.document.error.tooLarge", MAX_MEGABYTES);
        }
    }

    /** The type named by the extension, refused unless allowed. */
    public static DocumentType declaredType(String fileName) {
        return DocumentType.byExtension(fileName)
                .orElseThrow(() -> new InvalidInputException(FIELD, "network.document.error.type"));
    }

    /** All the checks on a file whose bytes have been read (at most {@link #MAX_BYTES} + 1 of them). */
    public static DocumentType check(String fileName, byte[] content) {
        fileName(fileName);
        size(content.length);
        DocumentType type = declaredType(fileName);
        if (!type.matches(content)) {
            throw new InvalidInputException(FIELD, "network.document.error.type");
        }
        return type;
    }
}
