package se.stockholm.vfu.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.readlog.ReadLog;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The change history for the central contact and the administrator: who changed which record when, and what. Only
 * CENTRAL and ADMIN, checked by the container and against the user's current role. Reads Envers' history tables
 * directly through one connection per call, in a bounded number of queries whatever the page size: the page's rows
 * ({@link HistoryPageQuery}), their changed fields ({@link ChangedFields}), the names of the records they point at
 * ({@link ReferencedNames}); a page's rows of students' records are read-logged ({@link HistoryReadLog}). The
 * data-subject export's history of a student's records is {@link DataSubjectHistory}.
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
public class AuditService {

    public static final String ADDED = "ADD";
    public static final String CHANGED = "MOD";
    public static final String DELETED = "DEL";

    @Resource(lookup = "java:jboss/datasources/VfuDS")
    private DataSource dataSource;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ReadLog readLog;

    /**
     * One page of changes, newest first unless sorted otherwise. Filters: {@code username} (exactly, any case),
     * {@code type} (a table name such as {@code student_request}), {@code recordId}, {@code from} and {@code to}
     * (dates, both included, Stockholm time).
     */
    public Page<AuditEntry> find(@NotNull PageRequest page) {
        requireAuditor();
        try (Connection connection = dataSource.getConnection()) {
            Found found = found(connection, page);
            return new Page<>(found.entries(), found.total());
        } catch (SQLException failed) {
            throw new IllegalStateException("the change history could not be read", failed);
        }
    }

    /**
     * The same page as {@link #find} for the page and its exports: fields named and values written in this language
     * ({@link AuditValues}), the records pointed at by their names, read in one query per type of record named.
     */
    public Page<ShownEntry> findShown(@NotNull PageRequest page, @NotNull Locale locale) {
        requireAuditor();
        try (Connection connection = dataSource.getConnection()) {
            Found found = found(connection, page);
            AuditValues values = new AuditValues(locale, found.booleans(), ReferencedNames.of(connection, found.entries(), locale));
            return new Page<>(found.entries().stream().map(entry -> ShownEntry.of(entry, values)).toList(),
                    found.total());
        } catch (SQLException failed) {
            throw new IllegalStateException("the change history could not be read", failed);
        }
    }

    private Found found(Connection connection, PageRequest page) throws SQLException {
        HistoryPageQuery.Rows rows = HistoryPageQuery.find(connection, page);
        Set<String> booleans = new HashSet<>();
        List<AuditEntry> entries = ChangedFields.of(connection, rows.rows(), booleans);
        HistoryReadLog.log(connection, rows.rows(), readLog);
        return new Found(entries, rows.total(), booleans);
    }

    /** A page of the history with the boolean columns among its changes ({@code <type>.<column>}). */
    private record Found(List<AuditEntry> entries, long total, Set<String> booleans) {
    }

    /**
     * Every revision of these records, oldest first, each with the fields that changed in it: the data-subject
     * export's change history of a student's requests and placements. Two queries, whatever the number of records.
     */
    public List<AuditEntry> historyOf(@NotNull AuditedType type, @NotNull Collection<Long> recordIds) {
        requireAuditor();
        if (recordIds.isEmpty()) {
            return List.of();
        }
        try (Connection connection = dataSource.getConnection()) {
            return DataSubjectHistory.of(connection, type, recordIds);
        } catch (SQLException failed) {
            throw new IllegalStateException("the change history could not be read", failed);
        }
    }

    /** The types a filter may name, in the page's order. */
    public List<AuditedType> types() {
        requireAuditor();
        return List.of(AuditedType.values());
    }

    private void requireAuditor() {
        // the container checked the role the session started with; this checks the user's role now
        currentUser.get().requireCityWide();
    }
}
