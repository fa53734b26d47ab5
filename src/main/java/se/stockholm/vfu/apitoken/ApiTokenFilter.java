package se.stockholm.vfu.apitoken;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.auth.server.ServerAuthenticationContext;
import se.stockholm.vfu.api.Problem;
import se.stockholm.vfu.security.SessionGuard;

import java.io.IOException;
import java.security.Principal;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.Optional;

/**
 * Signs an API call in with a personal API token ({@code Authorization: Bearer vfu_...}): the token's hash is looked
 * up ({@link ApiTokenService#userOf}), and the rest of the request runs as the token's user, with the identity
 * WildFly's own security domain (Elytron) gives that user: the user's current role from the same realm query a
 * password login uses, so {@code @RolesAllowed}, the change history and {@code SessionGuard}'s per-request checks
 * of enabled flag, role and scope apply exactly as for a password. No password is verified, so no bcrypt runs.
 * <p>
 * Why not the realm: Elytron's jdbc-realm merges all its queries' credentials into one set in which a second token
 * of the same algorithm replaces the first, verifies a password against every credential in the set (so bcrypt would
 * still run on a token call), and in 2.8.2 a set of exactly two credentials checks only the first (README, "API
 * tokens"). Mapped in web.xml to {@code /api/*} only, before SessionGuard and ApiGuard: pages and the login form
 * never see a token. A token that is unknown, revoked, expired or whose user is disabled gets 401 problem+json.
 */
public class ApiTokenFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String BEARER = "Bearer ";

    @Inject
    private ApiTokenService tokens;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        String token = authorization.substring(BEARER.length()).strip();
        Optional<ApiTokenService.TokenUser> user = ApiTokens.looksLikeToken(token)
                ? tokens.userOf(ApiTokens.hash(token)) : Optional.empty();
        SecurityIdentity identity = user.isPresent() ? identityOf(user.get().username()) : null;
        if (identity == null) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"VFU-portalen\", error=\"invalid_token\"");
            Problem.of(401, "Unauthorized", "The API token is unknown, revoked or expired, or its user is disabled.",
                    null).send(response);
            return;
        }
        // the epoch the token was found active in: SessionGuard ends the call if it moved before the call's own read
        request.setAttribute(SessionGuard.TOKEN_EPOCH, user.get().credentialEpoch());
        try {
            identity.runAs((PrivilegedExceptionAction<Void>) () -> {
                chain.doFilter(new TokenRequest(request, identity), response);
                return null;
            });
        } catch (PrivilegedActionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof ServletException servlet) {
                throw servlet;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ServletException(cause);
        }
    }

    /**
     * The user's identity in the portal's security domain, authorized without credentials (the token was the
     * credential), as an external mechanism does; null when the domain refuses the user a login.
     */
    private static SecurityIdentity identityOf(String username) throws ServletException {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new ServletException("no security domain for the deployment");
        }
        ServerAuthenticationContext context = domain.createNewAuthenticationContext();
        try {
            context.setAuthenticationName(username);
            if (!context.exists() || !context.authorize()) {
                context.fail();
                return null;
            }
            context.succeed();
            return context.getAuthorizedIdentity();
        } catch (RealmUnavailableException unavailable) {
            throw new ServletException("the users table could not be read", unavailable);
        }
    }

    /**
     * The request as the servlet API, JAX-RS and the portal's filters see it: signed in as the token's user, and
     * without the caller's session, should it also send a session cookie: a token call is authenticated on its own,
     * and must not touch (or renew the record of) a browser session, which may even be another user's.
     */
    private static final class TokenRequest extends HttpServletRequestWrapper {

        private final SecurityIdentity identity;

        TokenRequest(HttpServletRequest request, SecurityIdentity identity) {
            super(request);
            this.identity = identity;
        }

        @Override
        public Principal getUserPrincipal() {
            return identity.getPrincipal();
        }

        @Override
        public String getRemoteUser() {
            return identity.getPrincipal().getName();
        }

        @Override
        public boolean isUserInRole(String role) {
            return identity.getRoles().contains(role);
        }

        @Override
        public HttpSession getSession(boolean create) {
            return create ? super.getSession(true) : null;
        }

        @Override
        public String getAuthType() {
            return "BEARER";
        }
    }
}
