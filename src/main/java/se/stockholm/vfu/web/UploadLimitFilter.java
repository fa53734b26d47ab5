package se.stockholm.vfu.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.stockholm.vfu.network.DocumentRules;
import se.stockholm.vfu.request.importing.SheetReader;

import java.io.IOException;
import java.util.Locale;

/**
 * Refuses a file upload that is too large before a byte of it is read: a multipart post whose declared length is
 * over the largest import file ({@link SheetReader#MAX_UPLOAD_BYTES}, plus room for the form's other fields) is sent
 * back to its page with {@code ?upload=tooLarge}, which shows the message beside the upload field. Without this the
 * servlet container would read the whole upload to disk before the page could look at its size. It watches every path,
 * whatever servlet mapping a post arrives through; the import page takes files up to the import's limit, the network's
 * documents page ({@value #DOCUMENTS_PAGE}) up to {@link DocumentRules#MAX_BYTES}. A post without a
 * declared length (chunked, which browsers do not send for forms) is bounded by the http listener's max-post-size
 * (11 MB, wildfly-config/50-undertow.cli).
 */
@WebFilter(urlPatterns = "/*")
public class UploadLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String PARAMETER = "upload";
    public static final String TOO_LARGE = "tooLarge";
    /** The form's other fields, the view state and the multipart headers are far below this. */
    static final long MAX_REQUEST_BYTES = SheetReader.MAX_UPLOAD_BYTES + 64 * 1024;
    /** The one page that takes larger files: shared documents of the network. */
    static final String DOCUMENTS_PAGE = "/central/network-documents.xhtml";
    static final long MAX_DOCUMENT_REQUEST_BYTES = DocumentRules.MAX_BYTES + 64 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod()) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                && request.getContentLengthLong() > limit(request)) {
            response.setHeader("Connection", "close");
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getRequestURI() + "?" + PARAMETER + "=" + TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static long limit(HttpServletRequest request) {
        return DOCUMENTS_PAGE.equals(request.getServletPath()) ? MAX_DOCUMENT_REQUEST_BYTES : MAX_REQUEST_BYTES;
    }
}
