package se.stockholm.vfu.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.List;

/**
 * Invalid input found by Bean Validation, on a resource's parameters or a service's: 400 naming the first field
 * (by name) and saying what is wrong with each.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return response(exception);
    }

    static Response response(ConstraintViolationException exception) {
        List<ConstraintViolation<?>> violations = exception.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).toList();
        String field = violations.stream().map(v -> field(v.getPropertyPath())).filter(f -> f != null)
                .findFirst().orElse(null);
        String detail = violations.stream().map(v -> {
            String name = field(v.getPropertyPath());
            return (name == null ? "request body" : name) + ": " + v.getMessage();
        }).reduce((a, b) -> a + "; " + b).orElse("Invalid input.");
        return Problem.portal("api.error.invalidInput", Response.Status.BAD_REQUEST, detail, field).answer().build();
    }

    /** The property a violation is about ("version"), or null when it is about a whole parameter (no body). */
    private static String field(Path path) {
        Path.Node last = null;
        for (Path.Node node : path) {
            last = node;
        }
        return last != null && last.getKind() == ElementKind.PROPERTY ? last.getName() : null;
    }
}
