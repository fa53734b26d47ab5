package se.stockholm.vfu.network.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.network.DocumentRow;
import se.stockholm.vfu.network.NetworkDocumentService;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;

/** The central contact deletes the document shown in {@link NetworkDocumentDetail}, with its versions, after a confirmation. */
@Named
@ViewScoped
public class DeleteNetworkDocument implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NetworkDocumentService service;

    @Inject
    private NetworkDocumentDetail detail;

    public void delete() {
        DocumentRow document = detail.getSelected();
        service.delete(document.id());
        Messages.info("network.document.deleted", document.title());
        detail.close();
    }

    /** The confirmation's text, naming what goes. */
    public String getConfirmation() {
        DocumentRow document = detail.getSelected();
        return document == null ? "" : Messages.text("network.document.delete.confirm", document.title(),
                document.versions().size());
    }
}
