package se.stockholm.vfu.web;

import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The lazy tables' one model: what a page of the table asks the service, and rows found again by their key. */
class PagedTableTest {

    record Row(long id, String name) implements Serializable {
    }

    /** A service stand-in that remembers what it was asked. */
    static final class Source implements PagedTable.PageSource<Row> {
        private static final long serialVersionUID = 1L;
        final List<PageRequest> asked = new ArrayList<>();

        @Override
        public Page<Row> apply(PageRequest request) {
            asked.add(request);
            return new Page<>(List.of(new Row(7, "Sju"), new Row(11, "Elva")), 42);
        }
    }

    @Test
    void aPageAsksTheServiceForItsRowsSortAndFiltersAndKeysRowsById() {
        Source source = new Source();
        PagedTable<Row> table = PagedTable.byId(source, Row::id);

        List<Row> rows = table.load(20, 10, Map.of("name", SortMeta.builder().field("name").order(SortOrder.DESCENDING).build()),
                Map.of("globalFilter", FilterMeta.builder().field("globalFilter").filterValue("sö").build()));

        PageRequest asked = source.asked.get(0);
        assertThat(asked.first()).isEqualTo(20);
        assertThat(asked.size()).isEqualTo(10);
        assertThat(asked.sortField()).isEqualTo("name");
        assertThat(asked.ascending()).isFalse();
        assertThat(asked.filters()).as("the search field is the services' text filter").containsExactly(Map.entry("text", "sö"));
        assertThat(table.getRowCount()).isEqualTo(42);
        assertThat(rows).extracting(Row::name).containsExactly("Sju", "Elva");
        table.setWrappedData(rows);
        assertThat(table.getRowKey(rows.get(1))).isEqualTo("11");
        assertThat(table.getRowData("11")).isEqualTo(rows.get(1));
        assertThat(table.getRowData("12")).isNull();
    }

    @Test
    void aTableKeyedByIdSurvivesSerializationWithItsViewScopedBean() throws Exception {
        PagedTable<Row> table = PagedTable.byId(new Source(), Row::id);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(table);
        }
        @SuppressWarnings("unchecked")
        PagedTable<Row> back = (PagedTable<Row>) new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();

        assertThat(back.getRowKey(new Row(5, "Fem"))).isEqualTo("5");
        assertThat(back.load(0, 5, Map.of(), Map.of())).hasSize(2);
    }
}
