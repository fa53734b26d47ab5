package se.stockholm.vfu.readlog;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import se.stockholm.vfu.common.JdbcInstants;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Adds entries to the read log through the read log's own connections ({@code java:jboss/datasources/VfuReadLogDS},
 * outside the transaction manager; wildfly-config/20-datasource.cli) and commits them together with other requests'
 * entries ({@link GroupCommit}): a read log entry costs a share of one commit, not a commit of its own in every reading
 * transaction, which was a third of a JSON list's time (docs/performance.md). Its own pool also means a request waiting
 * for its entries never waits for a connection that other waiting requests hold.
 */
@ApplicationScoped
public class ReadLogWriter {

    /** Rows per INSERT statement. */
    private static final int CHUNK = 100;
    private static final String INSERT =
            "INSERT INTO read_log (read_at, username, request_id, placement_id, inquiry_id, booking_id, channel, operation)"
                    + " VALUES ";
    private static final Logger LOG = Logger.getLogger(ReadLogWriter.class.getName());

    /** One row of the log: a request (with or without its placement), an inquiry (with or without its request) or a booking. */
    public record Entry(Instant readAt, String username, Long requestId, Long placementId, Long inquiryId, Long bookingId,
                        Channel channel, String operation) {
    }

    @Resource(lookup = "java:jboss/datasources/VfuReadLogDS")
    private DataSource readLogDatabase;

    private final GroupCommit<Entry> commits = new GroupCommit<>(this::insert, ReadLogWriter::notAConnectionFailure);

    /** Writes and commits the entries (with other requests' entries waiting at the same time); throws if they were not. */
    public void write(List<Entry> entries) {
        commits.write(entries);
    }

    private void insert(List<Entry> entries) throws SQLException {
        try (Connection connection = readLogDatabase.getConnection()) {
            connection.setAutoCommit(false);
            SQLException cleanup = null;
            try {
                for (int from = 0; from < entries.size(); from += CHUNK) {
                    insert(connection, entries.subList(from, Math.min(entries.size(), from + CHUNK)));
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback); // the insert's own error stays the cause told
                }
                throw e;
            } finally {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException reset) {
                    cleanup = reset;
                }
            }
            if (cleanup != null) {
                // committed; the pool throws the connection away on the next use's validation
                LOG.log(Level.WARNING, "Read log connection not reset after a commit", cleanup);
            }
        }
    }

    private static void insert(Connection connection, List<Entry> entries) throws SQLException {
        StringBuilder sql = new StringBuilder(INSERT);
        for (int i = 0; i < entries.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
        }
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int parameter = 1;
            for (Entry entry : entries) {
                // as Hibernate writes instants, since Hibernate reads them back (the read log's page and API)
                JdbcInstants.bind(insert, parameter++, entry.readAt());
                insert.setString(parameter++, entry.username());
                setId(insert, parameter++, entry.requestId());
                setId(insert, parameter++, entry.placementId());
                setId(insert, parameter++, entry.inquiryId());
                setId(insert, parameter++, entry.bookingId());
                insert.setString(parameter++, entry.channel().name());
                insert.setString(parameter++, entry.operation());
            }
            insert.executeUpdate();
        }
    }

    /**
     * Whether a failed batch may be tried again request by request: not when the connection failed (SQLState class
     * 08, or the pool had none to give), which would fail each try alike and keep the requests waiting for them all.
     */
    static boolean notAConnectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (sql.getSQLState() == null || sql.getSQLState().startsWith("08")
                    || sql instanceof SQLTransientConnectionException)) {
                return false;
            }
        }
        return true;
    }

    private static void setId(PreparedStatement statement, int parameter, Long id) throws SQLException {
        if (id == null) {
            statement.setNull(parameter, Types.BIGINT);
        } else {
            statement.setLong(parameter, id);
        }
    }
}
