package se.stockholm.vfu.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Sends the browser to a URL from a filter or servlet, also when the request is a Faces ajax request, which cannot
 * follow an HTTP redirect: it gets Faces' own partial response, whose {@code redirect} PrimeFaces follows. The URL is
 * XML-escaped there: a return address with two parameters ({@code ?id=789&term=VT2027}) left a bare "&" that made the
 * answer unreadable, and the button kept spinning (OmniFaces' {@code Servlets.facesRedirect} does not escape).
 */
public final class PartialRedirect {

    private PartialRedirect() {
    }

    /** A redirect (303 by the container's sendRedirect, 302) or, for a Faces ajax request, the partial response. */
    public static void send(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        if (isAjax(request)) {
            write(response, url);
        } else {
            response.sendRedirect(url);
        }
    }

    /** True for a Faces ajax request, which reads only a partial response. */
    public static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /** Answers with Faces' partial response sending the browser to {@code url} (status 200: PrimeFaces reads only that). */
    public static void write(HttpServletResponse response, String url) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + escaped(url) + "\"/></partial-response>");
    }

    static String escaped(String url) {
        return url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
