package se.stockholm.vfu.readlog;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Names the read-log channel of an API call by its method and path template, e.g.
 * {@code GET /api/terms/{term}/requests/{id}}: the template, not the URI, so no query string or value is kept.
 */
@Provider
public class ApiReadChannel implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    @Inject
    private ReadChannel readChannel;

    @Override
    public void filter(ContainerRequestContext request) {
        readChannel.set(Channel.API, request.getMethod() + " " + template());
    }

    private String template() {
        StringBuilder path = new StringBuilder("/api");
        if (resource == null || resource.getResourceClass() == null) {
            return path.toString();
        }
        append(path, resource.getResourceClass().getAnnotation(Path.class));
        if (resource.getResourceMethod() != null) {
            append(path, resource.getResourceMethod().getAnnotation(Path.class));
        }
        return path.toString();
    }

    private static void append(StringBuilder path, Path part) {
        if (part != null && !part.value().isEmpty() && !"/".equals(part.value())) {
            path.append(part.value().startsWith("/") ? "" : "/").append(part.value());
        }
    }
}
