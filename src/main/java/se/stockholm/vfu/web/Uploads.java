package se.stockholm.vfu.web;

import org.primefaces.model.file.UploadedFile;
import se.stockholm.vfu.common.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * How every upload form (the requests import, the turnover import, the network's documents) reads the file it was
 * sent and where a refused file's message goes: beside the page's upload field. A form sent without a file hands the
 * page no upload, or an empty one without a name: no file. A chosen file of no bytes has its name and is a file, for
 * the page to refuse as empty. Each page keeps its own limit and message keys.
 */
public final class Uploads {

    private Uploads() {
    }

    /**
     * No file chosen: none sent, or an empty upload without a name. An empty file the user chose is not "none" (it was
     * answered "choose a file" although one was chosen).
     */
    public static boolean none(UploadedFile upload) {
        return upload == null
                || upload.getSize() == 0 && (upload.getFileName() == null || upload.getFileName().isBlank());
    }

    public static String name(UploadedFile upload) {
        return none(upload) ? null : upload.getFileName();
    }

    public static long size(UploadedFile upload) {
        return upload == null ? 0 : upload.getSize();
    }

    public static InputStream stream(UploadedFile upload) {
        if (none(upload)) {
            return null;
        }
        try {
            return upload.getInputStream();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /**
     * On arrival at the page: the page's too-large message beside its upload field when {@link UploadLimitFilter} sent
     * the upload back unread ({@code ?upload=tooLarge}, which the page takes as a view parameter).
     */
    public static void showRefusal(String refusal, String field, String key, long maxMegabytes) {
        if (UploadLimitFilter.TOO_LARGE.equals(refusal)) {
            Messages.error(field, key, maxMegabytes);
        }
    }

    /**
     * A file the service refused before storing anything (its refusal names the service's file field): the message
     * beside the page's upload field. Any other refusal goes on to the exception handler.
     */
    public static void refuse(String field, String serviceField, InvalidInputException refused) {
        if (serviceField.equals(refused.getField())) {
            Messages.error(field, refused.getMessageKey(), refused.getArguments());
        } else {
            throw refused;
        }
    }
}
