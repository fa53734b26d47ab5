package se.stockholm.vfu.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContextWrapper;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

    /**
     * The request a page's table is loaded in, as far as the table asks it: its page in this language (and the
     * attributes a component's constructor asks for). Made current for one test and released after it.
     */
    static final class PageInLanguage extends FacesContextWrapper implements AutoCloseable {
        private final Map<Object, Object> attributes = new HashMap<>();
        private final UIViewRoot page;

        PageInLanguage(Locale language) {
            super(null);
            setCurrentInstance(this);
            page = new UIViewRoot() {
                @Override
                public Locale getLocale() {
                    return language;
                }
            };
        }

        @Override
        public Map<Object, Object> getAttributes() {
            return attributes;
        }

        @Override
        public ExternalContext getExternalContext() {
            return new ExternalContextWrapper(null) {
                private final Map<String, Object> application = new HashMap<>();

                @Override
                public Map<String, Object> getApplicationMap() {
                    return application;
                }
            };
        }

        @Override
        public UIViewRoot getViewRoot() {
            return page;
        }

        @Override
        public void close() {
            setCurrentInstance(null);
        }
    }

    @Test
    void aPageAsksTheServiceForItsRowsSortAndFiltersAndKeysRowsById() {
        Source source = new Source();
        PagedTable<Row> table = PagedTable.byId(source, Row::id);

        List<Row> rows;
        try (PageInLanguage english = new PageInLanguage(Locale.ENGLISH)) {
            rows = table.load(20, 10, Map.of("name", SortMeta.builder().field("name").order(SortOrder.DESCENDING).build()),
                    Map.of("globalFilter", FilterMeta.builder().field("globalFilter").filterValue("sö").build()));
        }

        PageRequest asked = source.asked.get(0);
        assertThat(asked.language()).as("the page's language, which its search follows").isEqualTo(Locale.ENGLISH);
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
        try (PageInLanguage swedish = new PageInLanguage(Locale.forLanguageTag("sv"))) {
            assertThat(back.load(0, 5, Map.of(), Map.of())).hasSize(2);
        }
    }
}
