package se.stockholm.vfu.audit;

import se.stockholm.vfu.common.JdbcInstants;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The JDBC plumbing the change history's queries share: statements with their parameters bound, instants read and
 * written as Hibernate writes them ({@link JdbcInstants}: read as UTC on H2, a server in Stockholm's zone showed every
 * time an hour late), and the "?" marks of an IN list. The history is read with plain JDBC because Envers' tables
 * differ per type and a page spans every type.
 */
final class HistorySql {

    private HistorySql() {
    }

    static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            Object parameter = parameters.get(i);
            if (parameter instanceof Instant instant) {
                JdbcInstants.bind(statement, i + 1, instant);
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
        return JdbcInstants.read(rs, column);
    }
}
