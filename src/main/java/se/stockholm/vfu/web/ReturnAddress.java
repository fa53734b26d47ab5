package se.stockholm.vfu.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The GET address of the page a form was posted from, for a post that found its session gone: the browser is sent
 * there, the container's FORM sign-in keeps that address while it shows the login page, and after signing in again
 * the user is back on the page. Only a page of the portal itself: a path below the application made of plain names
 * and ending in {@code .xhtml} (no {@code //}, {@code ..}, encoded or other characters a browser could read as
 * another site), never the address's host. A form posts to the page's path without its query (Faces' action URL), so
 * the query comes from the post's {@code Referer} (the portal's Referrer-Policy is same-origin: the page's own
 * address), and only when that is the same page on the same host; of it only the parameters that name a record or a term are kept, with
 * values that are plain codes: nothing else of the address, and nothing of the form, which may hold personal data.
 */
final class ReturnAddress {

    /** The pages' view parameters that name what the page shows (never a person): a record's id, a term's code. */
    private static final Set<String> KEPT = Set.of("id", "term", "placement");
    private static final Pattern PAGE = Pattern.compile("(/[A-Za-z0-9_-]+)*/[A-Za-z0-9_-]+\\.xhtml");
    /** A record's id (a long) or a term's code (six characters, as HT2026). */
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9]{1,20}");

    private ReturnAddress() {
    }

    /**
     * The address to send the browser to, empty when the post was not to a page of the portal.
     *
     * @param contextPath the application's context path ("" at the root)
     * @param host        the post's Host header (the portal's own host and port, as the browser named it)
     * @param postedUri   the request URI the form was posted to, as the browser sent it
     * @param referer     the post's Referer header, or null
     */
    static Optional<String> of(String contextPath, String host, String postedUri, String referer) {
        if (postedUri == null || !postedUri.startsWith(contextPath + "/")
                || !PAGE.matcher(postedUri.substring(contextPath.length())).matches()) {
            return Optional.empty();
        }
        return Optional.of(postedUri + queryOf(postedUri, host, referer));
    }

    private static String queryOf(String postedUri, String host, String referer) {
        if (referer == null) {
            return "";
        }
        URI page;
        try {
            page = new URI(referer);
        } catch (URISyntaxException notAnAddress) {
            return "";
        }
        if (host == null || !host.equalsIgnoreCase(page.getRawAuthority()) || !postedUri.equals(page.getRawPath())
                || page.getRawQuery() == null) {
            return "";
        }
        String kept = Stream.of(page.getRawQuery().split("&"))
                .map(parameter -> parameter.split("=", 2))
                .filter(pair -> pair.length == 2 && KEPT.contains(pair[0]) && VALUE.matcher(pair[1]).matches())
                .map(pair -> pair[0] + "=" + pair[1])
                .distinct()
                .collect(Collectors.joining("&"));
        return kept.isEmpty() ? "" : "?" + kept;
    }
}
