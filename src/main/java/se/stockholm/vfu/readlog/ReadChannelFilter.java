package se.stockholm.vfu.readlog;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Enumeration;
import java.util.Locale;

/**
 * Names the read-log channel of a page request: {@code PAGE university/request} for the page and its ajax updates,
 * {@code EXPORT placements csv} when the page's CSV or Excel export button was pressed (the buttons of
 * {@code WEB-INF/includes/export.xhtml}, whose client ids end in {@code :exportCsv} / {@code :exportXlsx}). Only the
 * page's path is kept, never its query string (which might hold anything).
 */
@WebFilter(urlPatterns = {"*.xhtml", "/faces/*"})
public class ReadChannelFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReadChannel readChannel;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String page = page(request);
        String export = exportType(request);
        if (export == null) {
            readChannel.set(Channel.PAGE, page);
        } else {
            readChannel.set(Channel.EXPORT, page + " " + export);
        }
        chain.doFilter(request, response);
    }

    private static String page(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith("/faces/")) {
            path = path.substring("/faces".length());
        }
        path = path.startsWith("/") ? path.substring(1) : path;
        return path.endsWith(".xhtml") ? path.substring(0, path.length() - ".xhtml".length()) : path;
    }

    /** "csv" or "xlsx" when an export button was pressed: a non-ajax form post names the button. */
    private static String exportType(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (!"POST".equals(request.getMethod()) || contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return null;
        }
        Enumeration<String> names = request.getParameterNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            if (name.endsWith(":exportCsv")) {
                return "csv";
            }
            if (name.endsWith(":exportXlsx")) {
                return "xlsx";
            }
        }
        return null;
    }
}
