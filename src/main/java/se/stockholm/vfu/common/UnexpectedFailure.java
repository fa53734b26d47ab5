package se.stockholm.vfu.common;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A failure nobody expected (a bug, or a part of the server misbehaving), written to the log once with its stack trace
 * and a reference. The user is shown the reference (the error page, an API problem's {@code instance}) and can quote
 * it to support, who find the line by it: so the line adds nothing that identifies the user, no IP address, user name
 * or request parameter ({@code PersonalDataInLogIT}, {@code ErrorLogIT}); what the exception's own messages say is the
 * code's to keep free of personal data.
 */
public final class UnexpectedFailure {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailure.class.getName());

    private UnexpectedFailure() {
    }

    /** A new reference for a failure: random, so it says nothing about who met it or when. */
    public static String newReference() {
        return UUID.randomUUID().toString();
    }

    /** {@code where} says in a few words where the failure surfaced ("an API call", "a page request"). */
    public static void log(String where, String reference, Throwable failure) {
        log(where, reference, failure, null);
    }

    /** With a {@code note} of the portal's own words after the reference (which error page was shown, say). */
    public static void log(String where, String reference, Throwable failure, String note) {
        LOG.log(Level.SEVERE, failure, () -> "Unexpected failure in " + where + " (reference " + reference + ")"
                + (note == null ? "" : ": " + note));
    }
}
