package se.stockholm.vfu.request.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import se.stockholm.vfu.request.ImportResult;
import se.stockholm.vfu.request.RequestImport;
import se.stockholm.vfu.request.importing.ImportError;
import se.stockholm.vfu.request.importing.ImportPreview;
import se.stockholm.vfu.request.importing.ImportTemplate;
import se.stockholm.vfu.request.importing.SheetReader;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.term.view.ViewTerm;
import se.stockholm.vfu.web.Messages;
import se.stockholm.vfu.web.Uploads;

import java.io.ByteArrayInputStream;
import java.io.Serializable;

/**
 * The import of a file of student requests: upload, a preview of every error, then the user confirms and the
 * valid rows are saved. The file's bytes stay with the view between preview and confirmation; the service
 * checks them again when it saves.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FILE_FIELD = "importForm:file";

    @Inject
    private RequestImport requestImport;

    @Inject
    private ViewTerm viewTerm;

    private transient UploadedFile file;
    private byte[] content;
    private String fileName;
    private ImportPreview preview;
    private ImportResult result;
    private String uploadRefusal;

    private boolean open;

    /** On arrival: whether the term still takes an import (the rule its preview refuses by). */
    public void load() {
        Long termId = viewTerm.getTermId();
        open = termId != null && requestImport.isOpen(termId);
    }

    /** On arrival: the message for an upload the request filter refused as too large before reading it. */
    public void showUploadRefusal() {
        Uploads.showRefusal(uploadRefusal, FILE_FIELD, "request.import.tooLarge", SheetReader.MAX_UPLOAD_MEGABYTES);
    }

    public void preview() {
        result = null;
        preview = null;
        if (Uploads.none(file)) {
            Messages.error(FILE_FIELD, "request.import.fileRequired");
            return;
        }
        if (file.getSize() > SheetReader.MAX_UPLOAD_BYTES) {
            Messages.error(FILE_FIELD, "request.import.tooLarge", SheetReader.MAX_UPLOAD_MEGABYTES);
            return;
        }
        content = file.getContent();
        fileName = file.getFileName();
        preview = requestImport.preview(viewTerm.getTermId(), fileName, content);
    }

    public void confirm() {
        result = requestImport.importFile(viewTerm.getTermId(), fileName, content);
        Messages.info("request.import.done", result.created(), result.updated(), result.skippedRows());
        preview = null;
        content = null;
    }

    public void cancel() {
        preview = null;
        content = null;
    }

    /** The confirm button: "Importera" for a file without errors, else how many valid rows (one row, or several). */
    public String getConfirmLabel() {
        return preview.hasErrors() ? Messages.text("request.import.confirmValid", preview.validRows().size())
                : Messages.text("request.import.confirm");
    }

    public String message(ImportError error) {
        return Messages.text(error.messageKey(), error.arguments().toArray());
    }

    public StreamedContent getCsvTemplate() {
        return DefaultStreamedContent.builder().name("forfragningar-mall.csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(ImportTemplate.csv())).build();
    }

    public StreamedContent getXlsxTemplate() {
        return DefaultStreamedContent.builder().name("forfragningar-mall.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(ImportTemplate.xlsx())).build();
    }

    public Term getTerm() {
        return viewTerm.getTerm();
    }

    /** Whether the upload is offered: after the request deadline the page says so instead. */
    public boolean isOpen() {
        return open;
    }

    public String getUploadRefusal() {
        return uploadRefusal;
    }

    public void setUploadRefusal(String uploadRefusal) {
        this.uploadRefusal = uploadRefusal;
    }

    public long getMaxUploadBytes() {
        return SheetReader.MAX_UPLOAD_BYTES;
    }

    public String getTooLargeMessage() {
        return Messages.text("request.import.tooLarge", SheetReader.MAX_UPLOAD_MEGABYTES);
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public ImportResult getResult() {
        return result;
    }
}
