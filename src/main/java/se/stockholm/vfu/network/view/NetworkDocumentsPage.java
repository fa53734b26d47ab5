package se.stockholm.vfu.network.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.network.DocumentForm;
import se.stockholm.vfu.network.DocumentRow;
import se.stockholm.vfu.network.DocumentRules;
import se.stockholm.vfu.network.NetworkDocumentService;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.ReferenceDataService;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.web.Messages;
import se.stockholm.vfu.web.PagedTable;
import se.stockholm.vfu.web.UploadLimitFilter;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * The documents pages: the central contact uploads documents and new versions and says who they are shared with;
 * district contacts and coordinators download what is shared with them. The upload's size and name are checked
 * before its bytes are read (and the request's size before that, by the upload filter).
 */
@Named
@ViewScoped
public class NetworkDocumentsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FILE_FIELD = "documentForm:file";
    private static final String VERSION_FIELD = "versionForm:versionFile";

    @Inject
    private NetworkDocumentService service;

    @Inject
    private ReferenceDataService referenceData;

    private PagedTable<DocumentRow> documents;
    private DocumentForm form = new DocumentForm();
    private transient UploadedFile file;
    private transient UploadedFile versionFile;
    private DocumentRow selected;
    private String uploadRefusal;

    public PagedTable<DocumentRow> getDocuments() {
        if (documents == null) {
            NetworkDocumentService s = service;
            documents = PagedTable.byId(s::find, DocumentRow::id);
        }
        return documents;
    }

    /** On arrival: the message for an upload the request filter refused as too large before reading it. */
    public void showUploadRefusal() {
        if (UploadLimitFilter.TOO_LARGE.equals(uploadRefusal)) {
            Messages.error(FILE_FIELD, "network.document.error.tooLarge", DocumentRules.MAX_MEGABYTES);
        }
    }

    public void create() {
        try {
            service.create(form, name(file), size(file), stream(file));
            Messages.info("network.document.uploaded", form.getTitle());
            form = new DocumentForm();
        } catch (InvalidInputException refused) {
            refuse(FILE_FIELD, refused);
        }
    }

    public void select(DocumentRow row) {
        selected = service.get(row.id());
        DocumentForm edit = new DocumentForm();
        edit.setTitle(selected.title());
        edit.setDescription(selected.description());
        edit.setAllDistricts(false);
        edit.setAllUniversities(false);
        edit.setDistrictIds(new java.util.ArrayList<>(selected.districtIds()));
        edit.setUniversityIds(new java.util.ArrayList<>(selected.universityIds()));
        edit.setVersion(selected.version());
        form = edit;
    }

    public void uploadVersion() {
        try {
            int number = service.upload(selected.id(), name(versionFile), size(versionFile), stream(versionFile));
            Messages.info("network.document.versionUploaded", selected.title(), number);
            selected = service.get(selected.id());
        } catch (InvalidInputException refused) {
            refuse(VERSION_FIELD, refused);
        }
    }

    public void saveSharing() {
        service.update(selected.id(), form);
        Messages.info("network.document.saved", form.getTitle());
        select(selected);
    }

    /** Deletes the selected document with its versions after the confirmation. */
    public void delete() {
        service.delete(selected.id());
        Messages.info("network.document.deleted", selected.title());
        closeSelected();
    }

    /** The confirmation's text, naming what goes. */
    public String getDeleteConfirmation() {
        return selected == null ? "" : Messages.text("network.document.delete.confirm", selected.title(),
                selected.versions().size());
    }

    public void closeSelected() {
        selected = null;
        form = new DocumentForm();
    }

    /** A refused file's message beside the upload field (the service throws it before storing anything). */
    private static void refuse(String field, InvalidInputException refused) {
        if (DocumentRules.FIELD.equals(refused.getField())) {
            Messages.error(field, refused.getMessageKey(), refused.getArguments());
        } else {
            throw refused;
        }
    }

    private static String name(UploadedFile upload) {
        return upload == null || upload.getSize() == 0 ? null : upload.getFileName();
    }

    private static long size(UploadedFile upload) {
        return upload == null ? 0 : upload.getSize();
    }

    private static InputStream stream(UploadedFile upload) {
        if (upload == null || upload.getSize() == 0) {
            return null;
        }
        try {
            return upload.getInputStream();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    public String download(DocumentRow row, int number) {
        return "/api/network-documents/" + row.id() + "/versions/" + number + "/file";
    }

    public long getMaxUploadBytes() {
        return DocumentRules.MAX_BYTES;
    }

    public long getMaxMegabytes() {
        return DocumentRules.MAX_MEGABYTES;
    }

    public String getTooLargeMessage() {
        return Messages.text("network.document.error.tooLarge", DocumentRules.MAX_MEGABYTES);
    }

    public java.util.List<District> getDistricts() {
        return referenceData.districts();
    }

    public java.util.List<University> getUniversities() {
        return referenceData.universities();
    }

    public DocumentForm getForm() {
        return form;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public UploadedFile getVersionFile() {
        return versionFile;
    }

    public void setVersionFile(UploadedFile versionFile) {
        this.versionFile = versionFile;
    }

    public DocumentRow getSelected() {
        return selected;
    }

    public String getUploadRefusal() {
        return uploadRefusal;
    }

    public void setUploadRefusal(String uploadRefusal) {
        this.uploadRefusal = uploadRefusal;
    }
}
