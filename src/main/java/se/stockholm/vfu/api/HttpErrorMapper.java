package se.stockholm.vfu.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The errors JAX-RS itself raises (no such resource 404, method not allowed 405, not acceptable 406, a body that is
 * not JSON 415, a path or query parameter that cannot be read 404/400) as problem responses like every other
 * error of the API, instead of the portal's HTML error pages.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.hasEntity() || original.getStatus() < 400) {
            return original;
        }
        Response.StatusType status = original.getStatusInfo();
        Response.ResponseBuilder answer = Problem.of(status, detail(status.getStatusCode())).answer();
        original.getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(value -> answer.header(name, value));
            }
        });
        return answer.build();
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "There is no such resource.";
            case 405 -> "The resource does not take this method.";
            case 406 -> "The resource answers in JSON only.";
            case 415 -> "The request body must be JSON (Content-Type: application/json).";
            default -> null;
        };
    }
}
