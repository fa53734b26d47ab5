package se.stockholm.vfu.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * Instants written and read with plain JDBC exactly as Hibernate writes and reads them, so that the two agree whatever
 * the server's time zone: on MySQL/MariaDB as UTC wall-clock time ({@code hibernate.jdbc.time_zone}), on H2 as its
 * dialect binds them, through the session's zone. Written as UTC on H2, a time read back on a server in Stockholm's
 * zone was an hour off (the read log's writer, the change history's queries).
 */
public final class JdbcInstants {

    private JdbcInstants() {
    }

    /** Binds the instant (or null) as Hibernate would on this connection's database. */
    public static void bind(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else if (throughSessionZone(statement.getConnection())) {
            statement.setObject(index, instant, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setTimestamp(index, Timestamp.from(instant), utc());
        }
    }

    /** The instant in this column of the row (or null), as Hibernate reads it. */
    public static Instant read(ResultSet rs, int column) throws SQLException {
        if (throughSessionZone(rs.getStatement().getConnection())) {
            return rs.getObject(column, Instant.class);
        }
        Timestamp timestamp = rs.getTimestamp(column, utc());
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static boolean throughSessionZone(Connection connection) throws SQLException {
        return "H2".equals(connection.getMetaData().getDatabaseProductName());
    }

    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }
}
