package se.stockholm.vfu.audit;

import jakarta.annotation.Resource;
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

    @Resource(lookup = "java:jboss/datasources/VfuDS")
    DataSource dataSource;

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
