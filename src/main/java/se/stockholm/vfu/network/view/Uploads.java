package se.stockholm.vfu.network.view;

import org.primefaces.model.file.UploadedFile;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.network.DocumentRules;
import se.stockholm.vfu.web.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** What the documents' upload forms hand the service from an uploaded file, and where a refused file's message goes. */
final class Uploads {

    private Uploads() {
    }

    /** A refused file's message beside the upload field (the service throws it before storing anything). */
    static void refuse(String field, InvalidInputException refused) {
        if (DocumentRules.FIELD.equals(refused.getField())) {
            Messages.error(field, refused.getMessageKey(), refused.getArguments());
        } else {
            throw refused;
        }
    }

    static String name(UploadedFile upload) {
        return upload == null || upload.getSize() == 0 ? null : upload.getFileName();
    }

    static long size(UploadedFile upload) {
        return upload == null ? 0 : upload.getSize();
    }

    static InputStream stream(UploadedFile upload) {
        if (upload == null || upload.getSize() == 0) {
            return null;
        }
        try {
            return upload.getInputStream();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
