package se.stockholm.vfu.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.wildfly.security.auth.server.SecurityDomain;
import se.stockholm.vfu.api.Problem;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.config.PortalSettings;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalInt;

/**
 * Every request of a signed-in user runs with the user's current role, scope and enabled flag. The container reads
 * the roles once, at login, and keeps them in the session; services guarded only by {@code @RolesAllowed} would
 * otherwise obey them for the rest of the session. So on every request the user's row is read (the same read
 * {@link CurrentUser} caches for the rest of the request) and compared with what the session was established with
 * ({@link SignedIn}); a disabled user, a changed role, district or university, a moved credential epoch (an
 * administrator's password reset, a disabling or move since, or the user's own password change in another session),
 * or a session older than its absolute lifetime ({@link PortalSettings#sessionMaxLifetime()}) ends the session: the
 * API answers 401, a page sends the browser to the login page with a neutral message. Mapped in web.xml, after the
 * security headers.
 */
public class SessionGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The identity attribute the realm puts the user's credential epoch in at sign-in. */
    static final String EPOCH_ATTRIBUTE = "credentialEpoch";

    /**
     * The request attribute in which {@code apitoken.ApiTokenFilter} leaves the user's credential epoch it read with
     * the token's active state (an Integer): a token call runs in that epoch, as a session in its sign-in's.
     */
    public static final String TOKEN_EPOCH = SessionGuard.class.getName() + ".tokenEpoch";

    @Inject
    private Clock clock;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PortalSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null || stillValid(request)) {
            chain.doFilter(request, response);
        } else {
            end(request, response);
        }
    }

    private boolean stillValid(HttpServletRequest request) {
        Caller current;
        try {
            current = currentUser.get();
        } catch (AccessDeniedException disabledOrRemoved) {
            return false;
        }
        // The container's role must be the user's current one (this also covers a change between the login and
        // the first request, before the session's record is made).
        if (!request.isUserInRole(current.role().name())) {
            return false;
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            // HTTP Basic: authenticated on this very request. A token call: the token was active in one epoch; an
            // administrator's change committed since (whose revocation the token's check did not see) ends it here,
            // so what the call does (make another token, say) is never done in the new epoch.
            return !(request.getAttribute(TOKEN_EPOCH) instanceof Integer tokenEpoch)
                    || tokenEpoch == currentUser.credentialEpoch();
        }
        Instant now = clock.instant();
        SignedIn signedIn = (SignedIn) session.getAttribute(SignedIn.ATTRIBUTE);
        if (signedIn == null || !signedIn.username().equals(current.username())) {
            // The session's first request: its record takes the epoch the user signed in with (the sign-in itself
            // never passes this filter), so a session signed in before a reset or a disabling, but not used until
            // after it, ends too instead of starting in the new epoch.
            OptionalInt atSignIn = epochAtSignIn();
            if (atSignIn.isPresent() && atSignIn.getAsInt() != currentUser.credentialEpoch()) {
                return false;
            }
            session.setAttribute(SignedIn.ATTRIBUTE, SignedIn.of(current, currentUser.credentialEpoch(), now));
            return true;
        }
        return signedIn.matches(current, currentUser.credentialEpoch())
                && !signedIn.expired(now, settings.sessionMaxLifetime());
    }

    /**
     * The credential epoch the caller's identity was signed in with: the realm's attribute {@value #EPOCH_ATTRIBUTE}
     * (wildfly-config/30-security.cli), read with the password at sign-in and kept with the identity in the session.
     * Empty for an identity without it (an API token's, made by the portal itself).
     */
    private static OptionalInt epochAtSignIn() {
        SecurityDomain domain = SecurityDomain.getCurrent();
        String epoch = domain == null ? null
                : domain.getCurrentSecurityIdentity().getAttributes().getFirst(EPOCH_ATTRIBUTE);
        return epoch == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(epoch.trim()));
    }

    /**
     * Keeps the request's session after its user changed their own password in it ({@code newEpoch} is the user's
     * credential epoch after the change): the user's other sessions end, this one goes on. Nothing for a call
     * without a session (HTTP Basic, an API token).
     */
    public static void keepSession(HttpServletRequest request, int newEpoch) {
        HttpSession session = request.getSession(false);
        SignedIn signedIn = session == null ? null : (SignedIn) session.getAttribute(SignedIn.ATTRIBUTE);
        if (signedIn != null && signedIn.username().equals(request.getRemoteUser())) {
            session.setAttribute(SignedIn.ATTRIBUTE, signedIn.inEpoch(newEpoch));
        }
    }

    private static void end(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String login = request.getContextPath() + "/login.xhtml?ended=true";
        if (isApi(request)) {
            Problem.of(401, "Unauthorized", "Your session has ended; sign in again.", null).send(response);
        } else {
            // an ajax request cannot follow a redirect: it gets Faces' own partial-response redirect
            PartialRedirect.send(request, response, login);
        }
    }

    /** True for a call of the JSON API ({@code /api/*}), which answers in problem+json, never with a page. */
    public static boolean isApi(HttpServletRequest request) {
        return "/api".equals(request.getServletPath()) || request.getServletPath().startsWith("/api/");
    }
}
