package se.stockholm.vfu.web;

import jakarta.enterprise.inject.spi.CDI;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.readlog.ReadChannel;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
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

    public PagedTable(PageSource<T> source, RowKey<T> rowKey) {
        this.source = source;
        this.rowKey = rowKey;
    }

    /** A table whose rows are keyed by their id, e.g. {@code PagedTable.byId(service::find, UnitRow::id)}. */
    public static <T> PagedTable<T> byId(PageSource<T> source, RowId<T> id) {
        return new PagedTable<>(source, row -> Long.toString(id.applyAsLong(row)));
    }

    /** The number of matching rows; the one row the service reads for it is not shown, so not in the read log. */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        PageRequest request = new PageRequest(0, 1, null, true, filters(filterBy));
        return (int) CDI.current().select(ReadChannel.class).get().notShown(() -> source.apply(request)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        PageRequest request = new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING, filters(filterBy));
        Page<T> page = source.apply(request);
        setRowCount((int) page.total());
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return rowKey.apply(row);
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
