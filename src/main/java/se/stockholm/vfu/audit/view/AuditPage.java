package se.stockholm.vfu.audit.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.audit.AuditService;
import se.stockholm.vfu.audit.AuditedType;
import se.stockholm.vfu.audit.ShownEntry;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.web.Messages;
import se.stockholm.vfu.web.PagedTable;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The change history page (central contact and administrator): the filters above the table are the service's
 * filters, so the screen, the exports and {@code GET /api/audit} show the same rows; the screen and the exports
 * with their values in the page's language, the API as stored.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditService auditService;

    private PagedTable<ShownEntry> entries;
    private List<AuditedType> types;
    private String username;
    private String type;
    private Long recordId;
    private LocalDate from;
    private LocalDate to;

    public void load() {
        entries = new PagedTable<>(this::page, ShownEntry::key);
        types = auditService.types();
    }

    public PagedTable<ShownEntry> getEntries() {
        return entries;
    }

    private Page<ShownEntry> page(PageRequest request) {
        Map<String, String> filters = new HashMap<>(request.filters());
        put(filters, "username", username);
        put(filters, "type", type);
        put(filters, "recordId", recordId);
        put(filters, "from", from);
        put(filters, "to", to);
        return auditService.findShown(new PageRequest(request.first(), request.size(), request.sortField(),
                request.ascending(), filters), Messages.locale());
    }

    private static void put(Map<String, String> filters, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            filters.put(name, value.toString());
        }
    }

    /** Empties the filters: the whole history again. */
    public void clear() {
        username = null;
        type = null;
        recordId = null;
        from = null;
        to = null;
    }

    public List<AuditedType> getTypes() {
        return types;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Long getRecordId() {
        return recordId;
    }

    public void setRecordId(Long recordId) {
        this.recordId = recordId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
