package se.stockholm.vfu.it;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import se.stockholm.vfu.security.Role;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Test deployments only: {@link FaultsFixtures} for the fault tests that act over HTTP (a visit with its last seats
 * free, and what the database holds for it afterwards), which database the portal runs on, and a call that fails
 * unexpectedly ({@link FailingService}). Central contact only.
 */
@Path("it/faults")
@RolesAllowed(Role.CENTRAL_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class FaultsScenarioResource {

    @Inject
    FaultsFixtures fixtures;

    @Inject
    FailingService failing;

    @Resource(lookup = "java:jboss/datasources/VfuDS")
    DataSource portal;

    /** A service failing as nothing in the portal is meant to: the API answers 500 and logs it (ErrorLogIT). */
    @POST
    @Path("unexpected")
    public void unexpected() {
        failing.fail();
    }

    /** A service calling one the caller's role may not use: the API answers 403, as for a direct call (ErrorLogIT). */
    @POST
    @Path("refused-inside")
    public void refusedInside() {
        failing.callOutsideTheRole();
    }

    /**
     * A failure in a resource's own code, outside any service: no exception mapper takes it, the API answers 500 with
     * a reference all the same (ErrorLogIT).
     */
    @POST
    @Path("unexpected-in-resource")
    public void unexpectedInResource() {
        throw new IllegalStateException(FailingService.FAILURE);
    }

    /** An answer JSON-B cannot write: the API answers 500 with a reference and logs it (ErrorLogIT). */
    @GET
    @Path("unwritable")
    public Unwritable unwritable() {
        return new Unwritable();
    }

    /** Test deployments only: an answer whose one property fails when it is read. */
    public static final class Unwritable {

        public String getState() {
            throw new IllegalStateException(FailingService.FAILURE);
        }
    }

    /** A new visit in {@link FaultsFixtures#TERM}: its id, the term and the database product. */
    @POST
    @Path("visits")
    public JsonObject newVisit(@QueryParam("seats") int seats, @QueryParam("booked") int booked) throws SQLException {
        long visit = fixtures.newVisit(seats, booked);
        try (Connection connection = portal.getConnection()) {
            return Json.createObjectBuilder().add("visit", visit).add("term", FaultsFixtures.TERM)
                    .add("product", connection.getMetaData().getDatabaseProductName()).build();
        }
    }

    /** What the database holds for the visit: its counter and its bookings' student names. */
    @GET
    @Path("visits/{id}")
    public JsonObject visit(@PathParam("id") long id) {
        return Json.createObjectBuilder().add("booked", fixtures.booked(id))
                .add("students", Json.createArrayBuilder(fixtures.bookedStudents(id))).build();
    }
}
