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
    /** The same as a system property, which wins: the integration tests' server sets it on its command line. */
    public static final String MAIL_MODE_PROPERTY = "vfu.mail.mode";
    /** "true" refuses to send notification mail unless the relay accepts STARTTLS (by default TLS is used when offered). */
    public static final String SMTP_TLS_REQUIRED = "VFU_SMTP_TLS_REQUIRED";
    public static final String SMTP_TLS_REQUIRED_PROPERTY = "vfu.smtp.tls.required";
    /** The portal's address as users reach it, for the links in notification mail; no trailing slash needed. */
    public static final String PORTAL_URL = "VFU_PORTAL_URL";
    public static final String PORTAL_URL_PROPERTY = "vfu.portal.url";

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
        return "smtp".equalsIgnoreCase(setting(MAIL_MODE_PROPERTY, MAIL_MODE));
    }

    public boolean isMailTlsRequired() {
        return "true".equalsIgnoreCase(setting(SMTP_TLS_REQUIRED_PROPERTY, SMTP_TLS_REQUIRED));
    }

    /** The portal's own address, e.g. "https://vfu.stockholm.se"; the embedded default's when not set. */
    public String portalUrl() {
        String url = setting(PORTAL_URL_PROPERTY, PORTAL_URL);
        url = url == null ? "http://localhost:8080" : url;
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** A system property if set, else the environment variable: the same order as the server's expressions. */
    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? env(variable) : value.trim();
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
