package se.stockholm.vfu.audit;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Deployments;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hibernate never creates the history tables, so a column added to an audited table without the same column in its
 * {@code _aud} table would make every change of that record fail. This test fails first, naming the column.
 */
@ExtendWith(ArquillianExtension.class)
class AuditSchemaIT {

    /** Columns deliberately not in the history (see V10, V30 and the entities' @NotAudited). */
    private static final Set<String> NOT_AUDITED = Set.of("version", "password_hash", "problem_json", "result_json",
            "anonymised_at", "token_hash", "last_used_at", "credential_epoch");

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    /**
     * Reference and enum columns the page shows as stored, on purpose: a student's request or placement stays an id
     * (its student is never named where the history only points at it; a placement's live request is described without
     * its student, {@link AuditValues#REFERENCES}), and a term's season reads HT or VT, as on the term pages. By column
     * in any type, or by {@code <type>.<column>}.
     */
    private static final Set<String> SHOWN_AS_STORED = Set.of("request_id", "placement_id", "term.season");

    @Resource(lookup = "java:jboss/datasources/VfuDS")
    DataSource dataSource;

    @PersistenceUnit(unitName = "vfu")
    EntityManagerFactory factory;

    @Test
    void everyAuditedTablesColumnsAreInItsHistoryTable() throws Exception {
        List<String> tables = new ArrayList<>();
        for (AuditedType type : AuditedType.values()) {
            tables.add(type.key());
        }
        tables.add("student_request_exclusion");
        tables.add("training_course");
        tables.add("network_document_share");
        // training_course's own key is not mapped (an element collection): Envers keys its rows by report and position
        Map<String, Set<String>> notMapped = Map.of("training_course", Set.of("id"));
        try (Connection connection = dataSource.getConnection()) {
            for (String table : tables) {
                Set<String> columns = columns(connection, table);
                columns.removeAll(NOT_AUDITED);
                columns.removeAll(notMapped.getOrDefault(table, Set.of()));
                assertThat(columns).as(table).isNotEmpty();
                assertThat(columns(connection, table + "_aud")).as(table + "_aud").containsAll(columns);
            }
        }
    }

    /** The page names every field of the history in both languages (it showed "ended_on", "live_request_id"). */
    @Test
    void everyFieldOfTheHistoryHasANameInBothLanguages() throws Exception {
        List<String> unnamed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (AuditedType type : AuditedType.values()) {
                for (String column : columns(connection, type.historyTable())) {
                    if (!Set.of("id", "rev", "revtype").contains(column)
                            && (AuditFieldNames.named(Locale.forLanguageTag("sv"), type.key(), column).isEmpty()
                            || AuditFieldNames.named(Locale.ENGLISH, type.key(), column).isEmpty())) {
                        unnamed.add(type.key() + "." + column);
                    }
                }
            }
        }
        assertThat(unnamed).as("audit.field.<column> (or audit.field.<type>.<column>) missing").isEmpty();
    }

    /**
     * The page showed the records a placement, a booking or a candidacy points at as bare ids ("Platserbjudande: → 812")
     * after the reference columns it named were listed by hand. Every column of the history that points at a record
     * ({@code *_id}) or holds an enum (the entity's mapping says which) is shown readably by {@link AuditValues}, or is
     * one shown as stored on purpose: a new one cannot appear on the page as a raw id or constant unnoticed.
     */
    @Test
    void everyReferenceAndEnumColumnOfTheHistoryIsShownReadably() throws Exception {
        Map<String, Set<String>> historyColumns = new HashMap<>();
        List<String> raw = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (AuditedType type : AuditedType.values()) {
                Set<String> columns = columns(connection, type.historyTable());
                historyColumns.put(type.key(), columns);
                columns.stream().filter(column -> column.endsWith("_id"))
                        .filter(column -> !AuditValues.REFERENCES.containsKey(column))
                        .filter(column -> !shownAsStored(type.key(), column))
                        .forEach(column -> raw.add(type.key() + "." + column));
            }
        }
        Set<String> enumColumns = new TreeSet<>();
        factory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel().forEachEntityDescriptor(entity -> {
            String table = entity.getMappedTableDetails().getTableName().toLowerCase(Locale.ROOT);
            entity.forEachAttributeMapping(attribute -> {
                if (attribute.getJavaType().getJavaTypeClass().isEnum()) {
                    attribute.forEachSelectable((index, selectable) ->
                            enumColumns.add(table + "." + selectable.getSelectionExpression().toLowerCase(Locale.ROOT)));
                }
            });
        });
        List<String> audited = enumColumns.stream().filter(column -> historyColumns
                .getOrDefault(column.substring(0, column.indexOf('.')), Set.of())
                .contains(column.substring(column.indexOf('.') + 1))).toList();
        assertThat(audited).as("the history's enum columns, found at all").contains("term.status", "placement.status");
        audited.stream().filter(column -> !AuditValues.LABELS.containsKey(column))
                .filter(column -> !shownAsStored(column.substring(0, column.indexOf('.')),
                        column.substring(column.indexOf('.') + 1)))
                .forEach(raw::add);

        assertThat(raw).as("shown as stored: add to AuditValues.REFERENCES (a record pointed at) or LABELS (an enum)")
                .isEmpty();
    }

    private static boolean shownAsStored(String type, String column) {
        return SHOWN_AS_STORED.contains(column) || SHOWN_AS_STORED.contains(type + "." + column);
    }

    private static Set<String> columns(Connection connection, String table) throws Exception {
        DatabaseMetaData meta = connection.getMetaData();
        Set<String> columns = new TreeSet<>();
        for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
            try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), name, null)) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }
}
