package se.stockholm.vfu.readlog.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.readlog.Channel;
import se.stockholm.vfu.readlog.ReadLogRow;
import se.stockholm.vfu.readlog.ReadLogService;
import se.stockholm.vfu.web.PagedTable;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The administrator's search of the read log: a form of filters (user, student by request id or reference, channel,
 * dates) over a lazy table. The filters travel in the form's POST, never in the URL (a student reference is personal
 * data). The service refuses everyone but an administrator.
 */
@Named
@ViewScoped
public class ReadLogPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the administrator typed; read by the table's page source at each load. */
    public static class Search implements Serializable {
        private static final long serialVersionUID = 1L;
        private String username;
        private Long requestId;
        private String studentRef;
        private Channel channel;
        private LocalDate from;
        private LocalDate to;

        Map<String, String> filters() {
            Map<String, String> filters = new HashMap<>();
            put(filters, "username", username);
            put(filters, "requestId", requestId);
            put(filters, "studentRef", studentRef);
            put(filters, "channel", channel);
            put(filters, "from", from);
            put(filters, "to", to);
            return filters;
        }

        private static void put(Map<String, String> filters, String name, Object value) {
            if (value != null && !value.toString().isBlank()) {
                filters.put(name, value.toString());
            }
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public Long getRequestId() {
            return requestId;
        }

        public void setRequestId(Long requestId) {
            this.requestId = requestId;
        }

        public String getStudentRef() {
            return studentRef;
        }

        public void setStudentRef(String studentRef) {
            this.studentRef = studentRef;
        }

        public Channel getChannel() {
            return channel;
        }

        public void setChannel(Channel channel) {
            this.channel = channel;
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

    @Inject
    private ReadLogService readLogService;

    private final Search search = new Search();
    private PagedTable<ReadLogRow> entries;

    public void load() {
        ReadLogService service = readLogService;
        Search filters = search;
        entries = PagedTable.byId(page -> service.find(new PageRequest(page.first(), page.size(),
                page.sortField(), page.ascending(), filters.filters())), ReadLogRow::id);
    }

    /**
     * Shows the table for the criteria just posted. Called only when they are valid: with a conversion or order error
     * the table keeps what it showed, and the messages beside the fields say why (the button updates the criteria).
     */
    public void showEntries() {
        PrimeFaces.current().ajax().update("readLogForm:entries");
    }

    public PagedTable<ReadLogRow> getEntries() {
        return entries;
    }

    public Search getSearch() {
        return search;
    }

    public Channel[] getChannels() {
        return Channel.values();
    }
}
