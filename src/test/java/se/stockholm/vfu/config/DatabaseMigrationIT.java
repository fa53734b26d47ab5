package se.stockholm.vfu.config;

import jakarta.annotation.Resource;
import org.flywaydb.core.api.MigrationInfoService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Deployments;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The schema comes from the migrations, all applied, with the reference data the portal needs. */
@ExtendWith(ArquillianExtension.class)
class DatabaseMigrationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Resource(lookup = "java:jboss/datasources/VfuDS")
    DataSource dataSource;

    /** The schema owner's datasource: Flyway's history is the owner's, the portal's own user may not read it. */
    @Resource(lookup = "java:jboss/datasources/VfuMigrationDS")
    DataSource migrationDataSource;

    @Test
    void everyMigrationIsAppliedSuccessfully() throws Exception {
        String product;
        try (Connection connection = migrationDataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        MigrationInfoService info = Migrations.flyway(migrationDataSource, product).load().info();
        assertThat(info.pending()).as("pending migrations").isEmpty();
        assertThat(info.applied()).extracting(m -> m.getVersion().getVersion()).startsWith("1", "2");
        assertThat(info.applied()).allMatch(m -> m.getState().isApplied() && !m.getState().isFailed());
    }

    @Test
    void referenceDataIsTheCitysAndTheLetterOfIntents() throws Exception {
        assertThat(strings("SELECT code FROM university ORDER BY code")).containsExactly("ESBH", "SH", "SU");
        assertThat(strings("SELECT code FROM district")).hasSize(13).contains("HV", "HA", "SKH", "EAV");
        assertThat(strings("SELECT name FROM district WHERE code = 'OS'")).containsExactly("Östermalm");
        assertThat(strings("SELECT code FROM area_of_work")).contains("BOU", "EKB", "VUX", "SOP", "FUN", "ALD", "MOT");
    }

    @Test
    void theDatabaseRefusesAUserWhoseScopeDoesNotFitTheRole() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            String sql = "INSERT INTO app_user (username, display_name, email, password_hash, role, enabled, created_at)"
                    + " VALUES ('it-no-district', 'X', 'x@it.example', 'x', 'DISTRICT', TRUE, CURRENT_TIMESTAMP)";
            assertThatThrownBy(() -> statement.executeUpdate(sql)).isInstanceOf(SQLException.class);
        }
        assertThat(strings("SELECT username FROM app_user WHERE username = 'it-no-district'")).isEmpty();
    }

    @Test
    void namesSortInSwedishOrderWhateverTheDatabase() throws Exception {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        if (product.startsWith("H2")) {
            assertThat(strings("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'COLLATION'"))
                    .singleElement(InstanceOfAssertFactories.STRING).startsWith("SWEDISH");
            return;
        }
        // migration 29 converted every table of the portal (.ci/run creates the database in Unicode collation); asked
        // as the schema's owner, as information_schema shows the portal's own user less of the schema
        assertThat(strings(migrationDataSource, """
                SELECT DISTINCT CONCAT(table_name, '.', column_name, ' ', collation_name) FROM information_schema.columns
                WHERE table_schema = DATABASE() AND collation_name IS NOT NULL
                AND collation_name <> 'utf8mb4_swedish_ci' AND table_name <> 'flyway_schema_history'""")).isEmpty();
        // and made again the foreign key it dropped for the while: a notification's recipient is a user
        assertThat(strings(migrationDataSource, """
                SELECT CONCAT(table_name, '.', constraint_name, ' -> ', referenced_table_name)
                FROM information_schema.referential_constraints
                WHERE constraint_schema = DATABASE() AND constraint_name = 'fk_notification_recipient'"""))
                .containsExactly("notification.fk_notification_recipient -> app_user");
        // before changing anything, migration 29 looks for a unique key that would hold two equal values: the
        // portal's own keys on text are found, and none does
        try (Connection owner = migrationDataSource.getConnection(); Statement statement = owner.createStatement()) {
            List<TextUniqueKey> keys = TextUniqueKey.onTextColumns(owner);
            assertThat(keys).extracting(TextUniqueKey::toString).contains("app_user.uq_app_user_username [username]",
                    "unit.uq_unit_district_name [district_id, name]");
            assertThat(keys).noneMatch(key -> key.wouldCollide(owner));
            // a table as it was before migration 29 (temporary: no other test sees it): Müller and Myller are two
            // names in Unicode order, one in Swedish, where ü is a y; two nulls are never equal (a key that can be
            // null, as an evaluation's reminder token, holds many)
            statement.execute("CREATE TEMPORARY TABLE it_names (name VARCHAR(50) NULL, CONSTRAINT uq_it_names"
                    + " UNIQUE (name)) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            statement.execute("INSERT INTO it_names VALUES (NULL), (NULL)");
            TextUniqueKey names = new TextUniqueKey("it_names", "uq_it_names", List.of("name"), List.of(true));
            assertThat(names.wouldCollide(owner)).isFalse();
            statement.execute("INSERT INTO it_names VALUES ('Müller'), ('Myller')");
            assertThat(names.wouldCollide(owner)).isTrue();
            statement.execute("UPDATE it_names SET name = 'Möller' WHERE name = 'Myller'");
            assertThat(names.wouldCollide(owner)).isFalse();
            statement.execute("DROP TEMPORARY TABLE it_names");
        }
    }

    private List<String> strings(String sql) throws Exception {
        return strings(dataSource, sql);
    }

    private static List<String> strings(DataSource source, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = source.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
