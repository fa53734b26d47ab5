package se.stockholm.vfu.network.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.network.DocumentRow;
import se.stockholm.vfu.network.DocumentRules;
import se.stockholm.vfu.network.NetworkDocumentService;
import se.stockholm.vfu.web.Messages;
import se.stockholm.vfu.web.PagedTable;

import java.io.Serializable;

/**
 * The documents list of both documents pages: the central contact's (every document) and the district's and
 * university's (what is shared with them, to download). The central contact's use cases each have their bean:
 * {@link UploadNetworkDocument}, {@link NetworkDocumentDetail} (versions and sharing), {@link DeleteNetworkDocument}.
 */
@Named
@ViewScoped
public class NetworkDocumentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NetworkDocumentService service;

    private PagedTable<DocumentRow> documents;

    public void load() {
        NetworkDocumentService s = service;
        documents = PagedTable.byId(s::find, DocumentRow::id);
    }

    public PagedTable<DocumentRow> getDocuments() {
        return documents;
    }

    public String download(DocumentRow row, int number) {
        return "/api/network-documents/" + row.id() + "/versions/" + number + "/file";
    }

    /** The upload fields' limit, checked in the browser before sending (and on the server whatever the browser did). */
    public long getMaxUploadBytes() {
        return DocumentRules.MAX_BYTES;
    }

    public long getMaxMegabytes() {
        return DocumentRules.MAX_MEGABYTES;
    }

    public String getTooLargeMessage() {
        return Messages.text("network.document.error.tooLarge", DocumentRules.MAX_MEGABYTES);
    }
}
