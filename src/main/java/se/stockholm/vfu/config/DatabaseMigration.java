package se.stockholm.vfu.config;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the database schema up to date with Flyway before anything else uses it, as the schema's owner
 * ({@code VfuMigrationDS}: {@code VFU_DB_MIGRATION_USER}, by default the portal's own user), and then gives the
 * portal's user ({@code VfuDS}) its rights ({@link DatabaseGrants}: it may add to the read log, not change it). If the
 * database cannot be reached the deployment fails with a message naming the database tried and
 * the variable to fix, instead of a portal that starts half-way. A new embedded database gets its Swedish collation
 * first ({@link SwedishCollation}).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/VfuMigrationDS")
    private DataSource dataSource;

    @Resource(lookup = "java:jboss/datasources/VfuDS")
    private DataSource portalDataSource;

    @Inject
    private PortalSettings settings;

    private String databaseProduct;

    @PostConstruct
    void migrate() {
        databaseProduct = reachDatabase();
        try {
            SwedishCollation.prepareEmbedded(dataSource);
        } catch (SQLException refused) {
            throw new IllegalStateException("VFU Portal could not set its embedded database's collation", refused);
        }
        MigrateResult result = Migrations.flyway(dataSource, databaseProduct).load().migrate();
        LOG.info(() -> "Database schema (" + databaseProduct + ") at version " + result.targetSchemaVersion
                + ", " + result.migrationsExecuted + " migration(s) applied now");
        try {
            String grants = DatabaseGrants.apply(dataSource, portalDataSource, settings.databaseUser());
            LOG.info(() -> "Database rights: " + grants);
        } catch (SQLException refused) {
            String message = "VFU Portal could not sign in as its database user (VFU_DB_USER, VFU_DB_PASSWORD) or"
                    + " give that user its rights as the schema's owner (VFU_DB_MIGRATION_USER), who needs all"
                    + " privileges with GRANT OPTION on the database. The portal will not start.";
            LOG.log(Level.SEVERE, message, refused);
            throw new IllegalStateException(message, refused);
        }
    }

    /** The database product name, e.g. "H2", "MySQL" or "MariaDB". */
    public String databaseProduct() {
        return databaseProduct;
    }

    private String reachDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException | RuntimeException unreachable) {
            String message = "VFU Portal cannot reach its database at " + settings.databaseDescription()
                    + ". Check " + PortalSettings.DB_URL + ", VFU_DB_USER and VFU_DB_PASSWORD (and VFU_DB_MIGRATION_USER,"
                    + " VFU_DB_MIGRATION_PASSWORD if set)"
                    + " (and that the database server is running). The portal will not start.";
            LOG.log(Level.SEVERE, message, unreachable);
            throw new IllegalStateException(message, unreachable);
        }
    }
}
