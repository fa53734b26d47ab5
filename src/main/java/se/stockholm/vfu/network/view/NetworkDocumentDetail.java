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
import se.stockholm.vfu.web.Messages;
import se.stockholm.vfu.web.Uploads;

import java.io.Serializable;
import java.util.ArrayList;

/** One document as the central contact keeps it: its versions, a new version, its title and who it is shared with. */
@Named
@ViewScoped
public class NetworkDocumentDetail implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String VERSION_FIELD = "versionForm:versionFile";

    @Inject
    private NetworkDocumentService service;

    private DocumentRow selected;
    private DocumentForm form;
    private transient UploadedFile versionFile;

    public void select(DocumentRow row) {
        selected = service.get(row.id());
        DocumentForm edit = new DocumentForm();
        edit.setTitle(selected.title());
        edit.setDescription(selected.description());
        edit.setAllDistricts(false);
        edit.setAllUniversities(false);
        edit.setDistrictIds(new ArrayList<>(selected.districtIds()));
        edit.setUniversityIds(new ArrayList<>(selected.universityIds()));
        edit.setVersion(selected.version());
        form = edit;
    }

    public void uploadVersion() {
        try {
            int number = service.upload(selected.id(), Uploads.name(versionFile), Uploads.size(versionFile),
                    Uploads.stream(versionFile));
            Messages.info("network.document.versionUploaded", selected.title(), number);
            selected = service.get(selected.id());
        } catch (InvalidInputException refused) {
            Uploads.refuse(VERSION_FIELD, DocumentRules.FIELD, refused);
        }
    }

    public void saveSharing() {
        service.update(selected.id(), form);
        Messages.info("network.document.saved", form.getTitle());
        select(selected);
    }

    public void close() {
        selected = null;
        form = null;
    }

    public DocumentRow getSelected() {
        return selected;
    }

    public DocumentForm getForm() {
        return form;
    }

    public UploadedFile getVersionFile() {
        return versionFile;
    }

    public void setVersionFile(UploadedFile versionFile) {
        this.versionFile = versionFile;
    }
}
