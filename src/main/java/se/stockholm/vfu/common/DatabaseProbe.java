package se.stockholm.vfu.common;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Asks the database whether it answers now. WildFly's realm reads the users table when it checks a password, and when
 * it cannot, the caller is simply left signed out: a failed sign-in then looks like a wrong password. Where the portal
 * has to tell the two apart (an API call with credentials) it asks here, only then, never on the way of a call that went
 * well. The sign-in form's post asks the same question before the server's form mechanism runs, where no CDI bean can be
 * had yet ({@code web.SignInDuringOutage}, through the datasource's JNDI name).
 */
@ApplicationScoped
public class DatabaseProbe {

    /** Seconds the driver may take to answer before the database counts as unavailable. */
    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/VfuDS")
    private DataSource dataSource;

    /** Whether a connection can be had and answers within {@value #TIMEOUT_SECONDS} seconds. */
    public boolean answers() {
        return answers(dataSource);
    }

    /** The same question of a datasource looked up by hand, where no CDI bean can be had. */
    public static boolean answers(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException unreachable) {
            return false;
        }
    }
}
