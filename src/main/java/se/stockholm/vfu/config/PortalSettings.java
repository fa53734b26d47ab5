package se.stockholm.vfu.config;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Settings read from the environment when the portal starts. The same variables configure the
 * server (wildfly-config/*.cli), so one set of names describes a whole installation.
 */
@ApplicationScoped
public class PortalSettings {

    /** Set for production: the JDBC URL of the MySQL/MariaDB database. Unset: the embedded H2 database. */
    public static final String DB_URL = "VFU_DB_URL";
    /** "false" turns off demo data in the embedded default; demo data is never loaded when DB_URL is set. */
    public static final String DEMO_DATA = "VFU_DEMO_DATA";
    /** "smtp" sends notification mail through the mail session; anything else writes it to the log. */
    public static final String MAIL_MODE = "VFU_MAIL_MODE";

    public boolean isEmbeddedDatabase() {
        return env(DB_URL) == null;
    }

    /** What the server log shows as the database it tried, without credentials. */
    public String databaseDescription() {
        String url = env(DB_URL);
        return url == null ? "embedded H2 database in the server's data directory" : url.replaceAll("(?i)(password)=[^&;]*", "$1=***");
    }

    public boolean isDemoDataWanted() {
        return isEmbeddedDatabase() && !"false".equalsIgnoreCase(env(DEMO_DATA));
    }

    public boolean isMailSent() {
        return "smtp".equalsIgnoreCase(env(MAIL_MODE));
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
