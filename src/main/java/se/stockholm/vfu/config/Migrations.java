package se.stockholm.vfu.config;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import javax.sql.DataSource;
import java.util.Locale;
import java.util.Map;

/**
 * The portal's Flyway configuration, which {@link DatabaseMigration} applies at start and the migration tests read.
 * Not in that bean: an EJB should have no static methods (WildFly warns, WFLYEJB0131, at every start).
 */
public final class Migrations {

    private Migrations() {
    }

    /** The portal's migrations: the SQL scripts of db/migration and the Java ones, for this database product. */
    public static FluentConfiguration flyway(DataSource dataSource, String databaseProduct) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new SwedishCollation())
                .placeholders(placeholders(databaseProduct));
    }

    /**
     * The words a migration may not write the same way for every database, by the database product: {@code
     * alter_column} changes a column's definition ("ALTER COLUMN" on H2, "MODIFY" on MySQL and MariaDB).
     */
    public static Map<String, String> placeholders(String databaseProduct) {
        boolean h2 = databaseProduct != null && databaseProduct.toUpperCase(Locale.ROOT).startsWith("H2");
        return Map.of("alter_column", h2 ? "ALTER COLUMN" : "MODIFY");
    }
}
