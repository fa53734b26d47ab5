package se.stockholm.vfu.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.common.DatabaseProbe;

/**
 * The sign-in page's one question to the server: did the last attempt fail because the database was out of reach?
 * WildFly's realm then leaves the user signed out exactly as for a wrong password, and the form login comes back to
 * {@code login.xhtml?failed=true}; telling the user to check the password would send them guessing (and towards a
 * locked-out feeling) while the password was never tried. Asked only after a failed attempt.
 */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    private DatabaseProbe database;

    private Boolean unavailable;

    /** Whether the database does not answer now (asked once per request). */
    public boolean isDatabaseUnavailable() {
        if (unavailable == null) {
            unavailable = !database.answers();
        }
        return unavailable;
    }
}
