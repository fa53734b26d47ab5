package se.stockholm.vfu.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request body JSON-B cannot read (broken JSON, a field of the wrong type) is the client's mistake: 400 with the
 * field where JSON-B names it, never RESTEasy's or Yasson's own text (which names the portal's classes). An answer
 * that cannot be written fails the same way and is the portal's failure: {@link AnswerWriting} makes it a 500 first.
 */
@Provider
public class InvalidBodyMapper implements ExceptionMapper<ProcessingException> {

    /** How Yasson names the property it could not read, e.g. "Unable to deserialize property 'version' because …". */
    private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z0-9_]+)'");

    @Override
    public Response toResponse(ProcessingException exception) {
        String field = field(exception);
        String detail = field == null ? "The request body is not valid JSON of the expected form."
                : "The field '" + field + "' has a value of the wrong type.";
        return Problem.portal("api.error.invalidBody", Response.Status.BAD_REQUEST, detail, field).answer().build();
    }

    static String field(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                Matcher found = PROPERTY.matcher(cause.getMessage());
                if (found.find()) {
                    return found.group(1);
                }
            }
        }
        return null;
    }
}
