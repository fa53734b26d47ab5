package se.stockholm.vfu.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Collectors;

/**
 * The JDBC plumbing the change history's queries share: statements with their parameters bound, instants read and
 * written as UTC wall-clock time (as Hibernate stores them, {@code hibernate.jdbc.time_zone}), and the "?" marks of an
 * IN list. The history is read with plain JDBC because Envers' tables differ per type and a page spans every type.
 */
final class HistorySql {

    private HistorySql() {
    }

    static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            Object parameter = parameters.get(i);
            if (parameter instanceof Instant instant) {
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

    static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
