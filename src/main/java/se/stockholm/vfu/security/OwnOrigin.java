package se.stockholm.vfu.security;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.util.Locale;

/**
 * Whether a request's {@code Origin} header names the portal itself: its configured address or the host the request
 * was sent to. A state-changing request that a cookie signs in (an API call with the session, the header's "Log out")
 * is refused from any other origin, including a sibling site the SameSite=Lax cookie would still go along with.
 */
public final class OwnOrigin {

    private OwnOrigin() {
    }

    /** True when {@code origin} is the portal's configured address ({@code portalUrl}) or the request's own host. */
    public static boolean is(String origin, HttpServletRequest request, String portalUrl) {
        String given = normalized(origin);
        return given != null && (given.equals(normalized(portalUrl))
                || given.equals(normalized(request.getScheme() + "://" + request.getHeader("Host"))));
    }

    /** scheme://host[:port] in lower case, without the scheme's default port; null when not an origin. */
    static String normalized(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80)
                    || ("https".equals(scheme) && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
    }
}
