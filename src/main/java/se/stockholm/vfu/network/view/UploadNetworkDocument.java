package se.stockholm.vfu.network.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.network.DocumentForm;
import se.stockholm.vfu.network.DocumentRules;
import se.stockholm.vfu.network.NetworkDocumentService;
import se.stockholm.vfu.web.Messages;
import se.stockholm.vfu.web.Uploads;

import java.io.Serializable;

/**
 * The central contact uploads a new document and says who it is shared with. The upload's size and name are checked
 * before its bytes are read (and the request's size before that, by the upload filter, which comes back here with
 * {@code ?upload=} for the message).
 */
@Named
@ViewScoped
public class UploadNetworkDocument implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FILE_FIELD = "documentForm:file";

    @Inject
    private NetworkDocumentService service;

    private DocumentForm form = new DocumentForm();
    private transient UploadedFile file;
    private String uploadRefusal;

    /** On arrival: the message for an upload the request filter refused as too large before reading it. */
    public void showUploadRefusal() {
        Uploads.showRefusal(uploadRefusal, FILE_FIELD, "network.document.error.tooLarge", DocumentRules.MAX_MEGABYTES);
    }

    public void create() {
        try {
            service.create(form, Uploads.name(file), Uploads.size(file), Uploads.stream(file));
            Messages.info("network.document.uploaded", form.getTitle());
            form = new DocumentForm();
        } catch (InvalidInputException refused) {
            Uploads.refuse(FILE_FIELD, DocumentRules.FIELD, refused);
        }
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

    public String getUploadRefusal() {
        return uploadRefusal;
    }

    public void setUploadRefusal(String uploadRefusal) {
        this.uploadRefusal = uploadRefusal;
    }
}
