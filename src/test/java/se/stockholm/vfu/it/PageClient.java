package se.stockholm.vfu.it;

import java.net.CookieManager;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in user's pages over plain HTTP, as a browser without JavaScript would use them: one session (cookies
 * kept, signed in through the login form), GET a page, then post one of its forms the way a non-ajax button does
 * (the form's fields, the view state, the button's name); a page that refused the user leaves no view state, and the
 * post is then sent without one. Enough to ask for an export exactly as the page's export button does.
 */
public final class PageClient {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    /** The page's CSP nonce (PrimeFaces' CSP): a post of the view must carry it, as PrimeFaces' script adds it. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"");
    /** Faces' partial-response redirect: where an ajax answer sends the browser. */
    private static final Pattern AJAX_REDIRECT = Pattern.compile("<redirect url=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private String viewState;
    private String nonce;

    /**
     * Signs in through the login form, as a browser does: the session then carries the user, so later requests cost
     * no password hashing (HTTP Basic on every request would).
     */
    public PageClient(URI base, String username, String password) throws Exception {
        this.base = base;
        client.send(request("").GET().build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> login = client.send(request("j_security_check")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + enc(username) + "&j_password=" + enc(password)))
                .build(), HttpResponse.BodyHandlers.discarding());
        if (login.statusCode() != 302 && login.statusCode() != 303) {
            throw new IllegalStateException("the login of " + username + " answered " + login.statusCode());
        }
    }

    /**
     * Forgets the session cookie, as a browser whose cookie was deleted or whose session the server ended: the next
     * request arrives without a session, still with the last page's view state (and the portal's other cookies, such as
     * the language chosen).
     */
    public void forgetSession() {
        CookieStore store = cookies.getCookieStore();
        for (HttpCookie cookie : List.copyOf(store.getCookies())) {
            if ("JSESSIONID".equals(cookie.getName())) {
                store.remove(null, cookie);
            }
        }
    }

    /** Opens a page (path below the application, e.g. {@code district/units.xhtml}) and keeps its view state. */
    public HttpResponse<String> open(String path) throws Exception {
        HttpResponse<String> response = client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher found = VIEW_STATE.matcher(response.body());
        viewState = found.find() ? found.group(1).replace("&amp;", "&") : null;
        Matcher script = NONCE.matcher(response.body());
        nonce = script.find() ? script.group(1) : null;
        return response;
    }

    /**
     * Posts a form of the page last opened, as its non-ajax button {@code button} (a client id such as
     * {@code unitsForm:exportCsv}) would, with the given fields; the form's own id is the button id's first part.
     */
    public HttpResponse<byte[]> press(String path, String button, Map<String, String> fields) throws Exception {
        String form = button.substring(0, button.indexOf(':'));
        Map<String, String> body = new LinkedHashMap<>();
        body.put(form, form);
        body.putAll(fields);
        body.put(button, button);
        return client.send(formPost(path, body).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Sends an ajax request of the page last opened, as PrimeFaces' script does for a component's behaviour: the
     * component {@code source} (a client id such as {@code unitsForm:units}) is processed and rendered again, with
     * the event's name and the given fields; answers the partial response.
     */
    public HttpResponse<String> ajax(String path, String source, String event, Map<String, String> fields)
            throws Exception {
        String form = source.substring(0, source.indexOf(':'));
        Map<String, String> body = new LinkedHashMap<>();
        body.put("jakarta.faces.partial.ajax", "true");
        body.put("jakarta.faces.source", source);
        body.put("jakarta.faces.partial.execute", source);
        body.put("jakarta.faces.partial.render", source);
        body.put("jakarta.faces.behavior.event", event);
        body.put("jakarta.faces.partial.event", event);
        body.put(form, form);
        body.putAll(fields);
        return client.send(formPost(path, body).header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest").build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A post of the page last opened with these fields, as its form sends them: with the view state and the CSP nonce
     * the page carried (none when the page refused the user).
     */
    private HttpRequest.Builder formPost(String path, Map<String, String> fields) {
        Map<String, String> body = new LinkedHashMap<>(fields);
        if (viewState != null) {
            body.put("jakarta.faces.ViewState", viewState);
        }
        if (nonce != null) {
            body.put("primefaces.nonce", nonce);
        }
        String encoded = body.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded));
    }

    /** Chooses the term in the header's term selector (a post of the header form), for the pages of one term. */
    public void chooseTerm(String path, String termCode) throws Exception {
        HttpResponse<String> page = open(path);
        Matcher option = Pattern.compile("<option value=\"(\\d+)\"[^>]*>" + Pattern.quote(termCode) + "</option>")
                .matcher(page.body());
        if (!option.find()) {
            throw new IllegalStateException("no term " + termCode + " on " + path + " (" + page.statusCode() + ")");
        }
        String termId = option.group(1);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("header", "header");
        fields.put("header:term_input", termId);
        HttpResponse<String> response = client.send(formPost(path, fields).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("choosing the term answered " + response.statusCode());
        }
    }

    /**
     * Any request in this session, e.g. an API call with the session cookie, to a URI taken as it is (not normalised,
     * so tests can send paths with "//", "/./" or path parameters); {@code headers} are name, value pairs. An API
     * call that changes something needs {@code X-Requested-With} (the portal refuses cross-site calls).
     */
    public HttpResponse<String> send(String method, URI uri, String contentType, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Where an ajax answer sends the browser, as a path to {@link #open}; empty when it sends it nowhere. */
    public static Optional<String> redirectOf(HttpResponse<String> ajaxAnswer) {
        Matcher found = AJAX_REDIRECT.matcher(ajaxAnswer.body());
        return found.find() ? Optional.of(found.group(1).replace("&amp;", "&")) : Optional.empty();
    }

    /** A URI below the application, e.g. {@code api/terms}. */
    public URI uri(String path) {
        return base.resolve(path);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
