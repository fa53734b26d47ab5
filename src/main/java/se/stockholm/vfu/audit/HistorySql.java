package se.stockholm.vfu.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Collectors;

/**
 * The JDBC plumbing the change history's queries share: statements with their parameters bound, instants read and
 * written as Hibernate writes them (on MySQL/MariaDB as UTC wall-clock time, {@code hibernate.jdbc.time_zone}; on
 * H2 as its dialect does, through the session's zone: read as UTC, a server in Stockholm's zone showed every time an
 * hour late), and the "?" marks of an IN list. The history is read with plain JDBC because Envers' tables differ per
 * type and a page spans every type.
 */
final class HistorySql {

    private HistorySql() {
    }

    static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            Object parameter = parameters.get(i);
            if (parameter instanceof Instant instant && h2(connection)) {
                statement.setObject(i + 1, instant, Types.TIMESTAMP_WITH_TIMEZONE);
            } else if (parameter instanceof Instant instant) {
                statement.setTimestamp(i + 1, Timestamp.from(instant), utc());
            } else {
                statement.setObject(i + 1, parameter);
            }
        }
        return statement;
    }

    /** "?,?,?": one mark per value, for an IN list whose values are bound as parameters. */
    static String marks(Collection<?> values) {
        return values.stream().map(value -> "?").collect(Collectors.joining(","));
    }

    /** The instant in this column of the row, as Hibernate wrote it. */
    static Instant instant(ResultSet rs, int column) throws SQLException {
        if (h2(rs.getStatement().getConnection())) {
            return rs.getObject(column, Instant.class);
        }
        Timestamp timestamp = rs.getTimestamp(column, utc());
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static boolean h2(Connection connection) throws SQLException {
        return "H2".equals(connection.getMetaData().getDatabaseProductName());
    }

    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }
}
