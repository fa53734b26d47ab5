package se.stockholm.vfu.api;

import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static se.stockholm.vfu.common.JsonFactories.BUILDERS;

/**
 * An RFC 9457 problem body: what went wrong, in words a client can show, and the status; for a failure nobody expected
 * also {@code instance}, the reference it was logged under ({@code urn:uuid:…}), for the client to quote to support.
 */
public record Problem(String type, String title, int status, String detail, String field, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Seconds a client is asked to wait ({@code Retry-After}) while the portal is {@link #unavailable()}. */
    public static final String RETRY_AFTER_SECONDS = "10";

    /** A problem without a type of its own ("about:blank": the status says it all). */
    public static Problem of(int status, String title, String detail, String field) {
        return new Problem("about:blank", title, status, detail, field, null);
    }

    /** A problem without a type of its own, titled by its status's reason phrase. */
    public static Problem of(Response.StatusType status, String detail) {
        return of(status.getStatusCode(), status.getReasonPhrase(), detail, null);
    }

    /**
     * A problem of the portal's own, typed by the message key that names it ({@code urn:vfu:<key>}), with the status's
     * reason phrase as its title.
     */
    public static Problem portal(String key, Response.StatusType status, String detail, String field) {
        return new Problem("urn:vfu:" + key, status.getReasonPhrase(), status.getStatusCode(), detail, field, null);
    }

    /** The answer to a failure nobody expected, logged under {@code reference} ({@code common.UnexpectedFailure}). */
    public static Problem unexpected(String reference) {
        return new Problem("about:blank", "Internal Server Error", 500,
                "Something went wrong; it has been logged under the reference in 'instance'.", null,
                "urn:uuid:" + reference);
    }

    /**
     * The answer while the database cannot be reached (503; the caller adds {@code Retry-After}): nothing was changed,
     * the same call may be sent again later.
     */
    public static Problem unavailable() {
        return of(503, "Service Unavailable",
                "The portal is temporarily unavailable; nothing was changed. Try again in a moment.", null);
    }

    /** The JAX-RS answer with this problem: its status, the problem media type; add headers before {@code build()}. */
    public Response.ResponseBuilder answer() {
        return Response.status(status).type(MEDIA_TYPE).entity(this);
    }

    /**
     * Answers with this problem from a servlet filter, before JAX-RS is reached (the JSON API's own answers go
     * through the exception mappers instead).
     */
    public void send(HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        // JSON is UTF-8 by definition: no charset parameter, the same header the JAX-RS answers carry
        response.setContentType(MEDIA_TYPE);
        response.getOutputStream().write(json().getBytes(StandardCharsets.UTF_8));
    }

    /** The body as JSON text. */
    public String json() {
        JsonObjectBuilder body = BUILDERS.createObjectBuilder().add("type", type).add("title", title).add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (field != null) {
            body.add("field", field);
        }
        if (instance != null) {
            body.add("instance", instance);
        }
        return body.build().toString();
    }
}
