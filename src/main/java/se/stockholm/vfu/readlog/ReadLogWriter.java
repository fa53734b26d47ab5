package se.stockholm.vfu.readlog;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

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
    /** read_at holds the instant in UTC, as Hibernate writes and reads instants (hibernate.jdbc.time_zone). */
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    /** One row of the log: a request (with or without its placement), an inquiry (with or without its request) or a booking. */
    public record Entry(Instant readAt, String username, Long requestId, Long placementId, Long inquiryId, Long bookingId,
                        Channel channel, String operation) {
    }

    @Resource(lookup = "java:jboss/datasources/VfuReadLogDS")
    private DataSource readLogDatabase;

    private final GroupCommit<Entry> commits = new GroupCommit<>(this::insert);

    /** Writes and commits the entries (with other requests' entries waiting at the same time); throws if they were not. */
    public void write(List<Entry> entries) {
        commits.write(entries);
    }

    private void insert(List<Entry> entries) throws SQLException {
        try (Connection connection = readLogDatabase.getConnection()) {
            connection.setAutoCommit(false);
            try {
                for (int from = 0; from < entries.size(); from += CHUNK) {
                    insert(connection, entries.subList(from, Math.min(entries.size(), from + CHUNK)));
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
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
            Calendar utc = Calendar.getInstance(UTC);
            for (Entry entry : entries) {
                insert.setTimestamp(parameter++, Timestamp.from(entry.readAt()), utc);
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

    private static void setId(PreparedStatement statement, int parameter, Long id) throws SQLException {
        if (id == null) {
            statement.setNull(parameter, Types.BIGINT);
        } else {
            statement.setLong(parameter, id);
        }
    }
}
