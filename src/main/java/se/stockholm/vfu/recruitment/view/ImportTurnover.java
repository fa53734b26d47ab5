package se.stockholm.vfu.recruitment.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.recruitment.TurnoverImport;
import se.stockholm.vfu.request.importing.ImportError;
import se.stockholm.vfu.request.importing.SheetReader;
import se.stockholm.vfu.web.Messages;
import se.stockholm.vfu.web.Uploads;

import java.io.Serializable;
import java.util.List;

/** Importing a file of turnover figures: all rows or none, with the errors per row when any row is wrong. */
@Named
@ViewScoped
public class ImportTurnover implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FILE_FIELD = "importForm:file";

    @Inject
    private TurnoverImport service;

    @Inject
    private TurnoverPage page;

    private transient UploadedFile file;
    private String uploadRefusal;
    private List<ImportError> importErrors = List.of();

    /** On arrival: the message for an upload the request filter refused as too large before reading it. */
    public void showUploadRefusal() {
        Uploads.showRefusal(uploadRefusal, FILE_FIELD, "request.import.tooLarge", SheetReader.MAX_UPLOAD_MEGABYTES);
    }

    public void importFile() {
        if (Uploads.none(file)) {
            Messages.error(FILE_FIELD, "request.import.fileRequired");
            return;
        }
        TurnoverImport.Result result;
        try {
            result = service.importFile(file.getFileName(), file.getContent());
        } catch (InvalidInputException refused) {
            // a file that cannot be read as a sheet at all (empty, not CSV or Excel): beside the upload field
            Uploads.refuse(FILE_FIELD, SheetReader.FIELD, refused);
            return;
        }
        importErrors = result.errors();
        if (importErrors.isEmpty()) {
            Messages.info("recruitment.turnover.import.done", result.saved());
        } else {
            Messages.warn("recruitment.turnover.import.failed");
        }
        page.imported();
    }

    /** The column an error is in, by its name in the user's language (the sheet says its key: "year"). */
    public String column(ImportError error) {
        return error.column() == null ? "" : Messages.text("recruitment.turnover.import.column." + error.column());
    }

    public String message(ImportError error) {
        return Messages.text(error.messageKey(), error.arguments().toArray());
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getUploadRefusal() {
        return uploadRefusal;
    }

    public void setUploadRefusal(String uploadRefusal) {
        this.uploadRefusal = uploadRefusal;
    }

    public List<ImportError> getImportErrors() {
        return importErrors;
    }

    public long getMaxUploadBytes() {
        return SheetReader.MAX_UPLOAD_BYTES;
    }

    /** What the browser says, before sending, of a file over the limit: the same words as the server's refusal. */
    public String getTooLargeMessage() {
        return Messages.text("request.import.tooLarge", SheetReader.MAX_UPLOAD_MEGABYTES);
    }
}
