package se.stockholm.vfu.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.readlog.ReadChannel;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A PrimeFaces lazy table backed by a service query: the database pages, sorts and filters, and the
 * service applies the caller's scope. Every lazy table of the portal is one of these, made with
 * {@link #byId(PageSource, RowId)} (rows keyed by their id) or the constructor (any other key); the page's side is
 * the {@code <v:paging>} tag.
 */
public class PagedTable<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** A service call that returns one page; serializable so the table survives in view scope. */
    public interface PageSource<T> extends Function<PageRequest, Page<T>>, Serializable {
    }

    /** A row's key for PrimeFaces' row selection; serializable like the source. */
    public interface RowKey<T> extends Function<T, String>, Serializable {
    }

    /** A row's id, for the common case of rows keyed by the record's id. */
    public interface RowId<T> extends ToLongFunction<T>, Serializable {
    }

    /** PrimeFaces' name for a table's search-everything field. */
    private static final String GLOBAL_FILTER = "globalFilter";
    /** What services call that filter: free text matched against the row's main columns. */
    public static final String TEXT_FILTER = "text";

    private final PageSource<T> source;
    private final RowKey<T> rowKey;
    /**
     * The page read while PrimeFaces asked for the count, for the {@code load} that follows in the same request; never
     * kept past it (transient, and only taken in the request that read it).
     */
    private transient Prefetched<T> prefetched;

    /** A page read ahead: in which request, for which request of rows, and what it answered. */
    private record Prefetched<T>(FacesContext readIn, PageRequest asked, Page<T> page) {
    }

    public PagedTable(PageSource<T> source, RowKey<T> rowKey) {
        this.source = source;
        this.rowKey = rowKey;
    }

    /** A table whose rows are keyed by their id, e.g. {@code PagedTable.byId(service::find, UnitRow::id)}. */
    public static <T> PagedTable<T> byId(PageSource<T> source, RowId<T> id) {
        return new PagedTable<>(source, row -> Long.toString(id.applyAsLong(row)));
    }

    /**
     * The number of matching rows. A paginated table being rendered asks for it just before it asks {@code load} for
     * the page it shows (PrimeFaces moves to the last page only when the rows it was on are gone), so that page is
     * read here, with its total, and handed to {@code load}: the list's queries run once per request, not twice.
     * Otherwise (no such table, e.g. an exporter) only the total is read; the one row the service reads for it is not
     * shown, so not in the read log. A page read ahead that {@code load} does not take had no rows (the table was
     * past the end), so the read log never lists a row that was not shown.
     */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        FacesContext context = FacesContext.getCurrentInstance();
        PageRequest next = pageAbout(context, filterBy);
        if (next == null) {
            PageRequest request = new PageRequest(0, 1, null, true, filters(filterBy), language(context));
            return (int) CDI.current().select(ReadChannel.class).get().notShown(() -> source.apply(request)).total();
        }
        Page<T> page = source.apply(next);
        prefetched = new Prefetched<>(context, next, page);
        return (int) page.total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        PageRequest request = request(FacesContext.getCurrentInstance(), first, pageSize, sortBy, filterBy);
        Prefetched<T> ready = prefetched;
        prefetched = null;
        Page<T> page = ready != null && ready.readIn() == FacesContext.getCurrentInstance() && ready.asked().equals(request)
                ? ready.page() : source.apply(request);
        setRowCount((int) page.total());
        return page.rows();
    }

    /**
     * The page that the table being rendered with this model will load next, or null when this model is not
     * asked by a paginated table (PrimeFaces makes the table the current component while it loads its data).
     */
    private PageRequest pageAbout(FacesContext context, Map<String, FilterMeta> filterBy) {
        if (context == null || !(UIComponent.getCurrentComponent(context) instanceof DataTable table)
                || table.getValue() != this || !table.isPaginator() || table.getRows() <= 0 || table.isLiveScroll()
                || table.isVirtualScroll()) {
            return null;
        }
        return request(context, table.getFirst(), table.getRows(), table.getActiveSortMeta(), filterBy);
    }

    private static PageRequest request(FacesContext context, int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
        return new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING, filters(filterBy), language(context));
    }

    /** The page's language: what the table shows, and so what its search finds, follows it (PageRequest#language). */
    private static Locale language(FacesContext context) {
        return context == null || context.getViewRoot() == null ? null : context.getViewRoot().getLocale();
    }

    @Override
    public String getRowKey(T row) {
        return rowKey.apply(row);
    }

    /**
     * A row of the page this table last showed, by its key, as a row button sends it (v:rowButton): the client can
     * only pick among the rows the server read for this user and view, never another record, and no row is read
     * again for it. Anything else is a row that is not there.
     */
    public T shownRow(String key) {
        T row = key == null ? null : getRowData(key);
        if (row == null) {
            throw new NotFoundException();
        }
        return row;
    }

    @Override
    public T getRowData(String key) {
        List<T> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(r -> rowKey.apply(r).equals(key)).findFirst().orElse(null);
    }

    private static Map<String, String> filters(Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = new HashMap<>();
        filterBy.forEach((field, meta) -> {
            if (meta.getFilterValue() != null) {
                filters.put(GLOBAL_FILTER.equals(field) ? TEXT_FILTER : field, meta.getFilterValue().toString());
            }
        });
        return filters;
    }
}
