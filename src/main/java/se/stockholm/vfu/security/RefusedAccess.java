package se.stockholm.vfu.security;

import jakarta.ejb.EJBAccessException;

import java.util.logging.Logger;

/**
 * A caller an EJB refused for their role ({@code @RolesAllowed}), logged as one WARNING line. The pages and menus offer
 * nobody what their role may not do, so a refusal is someone trying an address by hand or an integration signed in as
 * the wrong user: worth an operator's look, but not a failure of the portal, so no stack trace (the EJB container no
 * longer logs it, {@code wildfly-config/60-logging.cli}). The line names the bean's method from the container's
 * message, never anything the caller sent.
 */
public final class RefusedAccess {

    private static final Logger LOG = Logger.getLogger(RefusedAccess.class.getName());

    private RefusedAccess() {
    }

    /** {@code channel} says where the call came in: "API" or the page's view id. */
    public static void log(String channel, EJBAccessException refused) {
        LOG.warning(() -> "Refused for the caller's role (" + channel + "): " + refused.getMessage());
    }
}
