package se.stockholm.vfu.it;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import se.stockholm.vfu.security.Role;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Test deployments only: makes the database refuse every new read-log entry of the coordinator {@link Fixtures#SU}
 * (a CHECK constraint on entries from now on, added and dropped by the schema's owner), so a test can see that a
 * read whose entry cannot be written is not answered. POST refuses, DELETE allows again. Administrator only.
 */
@Path("it/read-log-refusal")
@RolesAllowed(Role.ADMIN_NAME)
public class ReadLogRefusalResource {

    private static final String CONSTRAINT = "ck_it_read_log_refused";

    @Resource(lookup = "java:jboss/datasources/VfuMigrationDS")
    DataSource owner;

    @POST
    public void refuse() throws SQLException, InterruptedException {
        // From the next whole second on: on MariaDB through Connector/J the entries hold whole seconds (Hibernate's
        // writes as well), so an entry of this very second may already hold its start, and the database checks the
        // entries there are when the constraint is added. read_at holds UTC on MariaDB, the server's zone on H2
        // (as Hibernate writes instants there: readlog.ReadLogWriter).
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        Thread.sleep(Math.max(0, from.toEpochMilli() - System.currentTimeMillis()) + 1);
        try (Connection schemaOwner = owner.getConnection(); Statement alter = schemaOwner.createStatement()) {
            ZoneId zone = "H2".equals(schemaOwner.getMetaData().getDatabaseProductName()) ? ZoneId.systemDefault()
                    : ZoneOffset.UTC;
            String since = LocalDateTime.ofInstant(from, zone).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
            alter.execute("ALTER TABLE read_log ADD CONSTRAINT " + CONSTRAINT + " CHECK (username <> '" + Fixtures.SU
                    + "' OR read_at < TIMESTAMP '" + since + "')");
        }
    }

    @DELETE
    public void allow() throws SQLException {
        try (Connection schemaOwner = owner.getConnection(); Statement alter = schemaOwner.createStatement()) {
            alter.execute("ALTER TABLE read_log DROP CONSTRAINT " + CONSTRAINT);
        }
    }
}
