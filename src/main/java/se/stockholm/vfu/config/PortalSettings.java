package se.stockholm.vfu.config;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

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
    /** A session's absolute lifetime in hours, however active it is (the idle timeout is web.xml's). */
    public static final String SESSION_MAX_HOURS = "VFU_SESSION_MAX_HOURS";
    public static final String SESSION_MAX_HOURS_PROPERTY = "vfu.session.max.hours";
    static final double DEFAULT_SESSION_MAX_HOURS = 10;
    /** Days an evaluation link works after the placement was completed. */
    public static final String EVALUATION_DAYS = "VFU_EVALUATION_DAYS";
    public static final String EVALUATION_DAYS_PROPERTY = "vfu.evaluation.days";
    static final int DEFAULT_EVALUATION_DAYS = 30;
    /** Days before an evaluation link expires that its reminder goes, if it is still unanswered. */
    public static final String EVALUATION_REMINDER_DAYS = "VFU_EVALUATION_REMINDER_DAYS";
    public static final String EVALUATION_REMINDER_DAYS_PROPERTY = "vfu.evaluation.reminder.days";
    static final int DEFAULT_EVALUATION_REMINDER_DAYS = 7;

    /**
     * How many months personal data is kept, per data type, after the date it is counted from (README, "Retention"):
     * a variable such as VFU_RETENTION_REQUESTS_MONTHS, or the system property vfu.retention.requests.months.
     */
    public enum Retention {
        /** Student requests: identity, contact, free text, exclusions; counted from the term's end. */
        REQUESTS(24),
        /** Placements' free-text reasons and their events'; counted from the term's end. */
        PLACEMENTS(24),
        /** Students' direct inquiries; counted from when the inquiry was closed (or forwarded, if never closed). */
        INQUIRIES(12),
        /** In-app notifications (they name students); counted from when they were created. */
        NOTIFICATIONS(12),
        /** Evaluation links (deleted) and answers' free text and link to the placement; counted from the invitation. */
        EVALUATIONS(24),
        /** Trainee-post candidates' name, e-mail and reasons (recruitment); counted from their last step. */
        CANDIDATES(24);

        private final int defaultMonths;

        Retention(int defaultMonths) {
            this.defaultMonths = defaultMonths;
        }

        public int defaultMonths() {
            return defaultMonths;
        }

        public String variable() {
            return "VFU_RETENTION_" + name() + "_MONTHS";
        }

        public String property() {
            return "vfu.retention." + name().toLowerCase(java.util.Locale.ROOT) + ".months";
        }
    }

    /** The months {@code type} is kept; the default when unset, and never less than one month. */
    public int retentionMonths(Retention type) {
        String value = setting(type.property(), type.variable());
        if (value == null) {
            return type.defaultMonths();
        }
        try {
            return Math.max(1, Integer.parseInt(value));
        } catch (NumberFormatException notANumber) {
            throw new IllegalStateException(type.variable() + " must be a whole number of months, not '" + value + "'");
        }
    }

    public boolean isEmbeddedDatabase() {
        return env(DB_URL) == null;
    }

    /** What the server log shows as the database it tried, without credentials. */
    public String databaseDescription() {
        String url = env(DB_URL);
        return url == null ? "embedded H2 database in the server's data directory" : url.replaceAll("(?i)(password)=[^&;]*", "$1=***");
    }

    /** The portal's database user (VFU_DB_USER, as the datasource has it); the embedded default's "sa" when unset. */
    public String databaseUser() {
        String user = env("VFU_DB_USER");
        return user == null ? "sa" : user;
    }

    public boolean isDemoDataWanted() {
        return isEmbeddedDatabase() && !"false".equalsIgnoreCase(env(DEMO_DATA));
    }

    /**
     * Whether the demo loader writes the load test's city-scale data set instead of the demo's
     * ({@code VFU_DEMO_DATA=city}, or the system property {@code vfu.demo.data=city}; see {@link CityScaleData}).
     */
    public boolean isCityScaleDemo() {
        return isDemoDataWanted() && "city".equalsIgnoreCase(setting("vfu.demo.data", DEMO_DATA));
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

    /** How long a session may last from sign-in, at most: a working day by default; fractions of an hour allowed. */
    public Duration sessionMaxLifetime() {
        double hours = DEFAULT_SESSION_MAX_HOURS;
        String value = setting(SESSION_MAX_HOURS_PROPERTY, SESSION_MAX_HOURS);
        if (value != null) {
            try {
                hours = Double.parseDouble(value);
            } catch (NumberFormatException notANumber) {
                hours = DEFAULT_SESSION_MAX_HOURS;
            }
        }
        if (!(hours > 0)) {
            hours = DEFAULT_SESSION_MAX_HOURS;
        }
        return Duration.ofSeconds(Math.round(hours * 3600));
    }

    /** Days an evaluation link works after the placement was completed (VFU_EVALUATION_DAYS, default 30). */
    public Duration evaluationValidity() {
        return Duration.ofDays(days(EVALUATION_DAYS_PROPERTY, EVALUATION_DAYS, DEFAULT_EVALUATION_DAYS));
    }

    /** How long before an evaluation link expires its reminder goes (VFU_EVALUATION_REMINDER_DAYS, default 7). */
    public Duration evaluationReminderBefore() {
        return Duration.ofDays(days(EVALUATION_REMINDER_DAYS_PROPERTY, EVALUATION_REMINDER_DAYS,
                DEFAULT_EVALUATION_REMINDER_DAYS));
    }

    private static int days(String property, String variable, int fallback) {
        String value = setting(property, variable);
        if (value == null) {
            return fallback;
        }
        try {
            return Math.max(1, Integer.parseInt(value));
        } catch (NumberFormatException notANumber) {
            throw new IllegalStateException(variable + " must be a whole number of days, not '" + value + "'");
        }
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
