package se.stockholm.vfu.api;

import jakarta.annotation.Resource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whether the portal can serve: up when its database answers. Public, for load balancers and monitoring. */
@Path("health")
@Tag(name = "Health", description = "Whether the portal and its database answer (no sign-in needed)")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    /** The health answer: UP or DOWN, and the same for the database. */
    public record Health(String status, String database) {
    }

    @Resource(lookup = "java:jboss/datasources/VfuDS")
    private DataSource dataSource;

    @GET
    @Operation(summary = "Up when the database answers (public, no personal data)")
    public Response health() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return Response.status(valid ? 200 : 503).entity(new Health(valid ? "UP" : "DOWN", valid ? "UP" : "DOWN")).build();
        } catch (SQLException unreachable) {
            return Response.status(503).entity(new Health("DOWN", "DOWN")).build();
        }
    }
}
