package se.stockholm.vfu.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import se.stockholm.vfu.security.Role;

/**
 * Test deployments only (this package is not in the portal's WAR): the number of SQL statements Hibernate has
 * prepared on the server since statistics were switched on, for the statements-per-page test
 * ({@code web.StatementsPerPageIT}). The portal itself runs with Hibernate's statistics off; {@code POST} switches
 * them on for the rest of the run (a counter per statement, nothing else), {@code DELETE} off again. The count is the
 * whole server's, so a client reading it around a request also sees what a timer ran meanwhile. Answers a JSON number.
 */
@Path("it/statements")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME, Role.DISTRICT_NAME, Role.UNIVERSITY_NAME})
public class StatementCountResource {

    @PersistenceUnit(unitName = "vfu")
    EntityManagerFactory factory;

    @Inject
    OutboxCleaner outbox;

    /**
     * Switches statistics on. First it empties the mail outbox: the mails earlier test classes could not deliver are
     * retried every 30 s, and those retries would be counted as the pages' statements (CI saw a page at 73).
     */
    @POST
    public long switchOn() {
        outbox.empty();
        statistics().setStatisticsEnabled(true);
        return statistics().getPrepareStatementCount();
    }

    @GET
    public long count() {
        return statistics().getPrepareStatementCount();
    }

    /**
     * What the statements were, as counters since statistics were switched on: each query (JPQL or SQL) by its
     * executions ({@code query }), each entity by its loads ({@code load }) and fetches ({@code fetch }), each collection by its fetches
     * ({@code collection }); counters still at zero are left out. For a failing test to say what a page ran.
     */
    @GET
    @Path("details")
    public JsonObject details() {
        Statistics statistics = statistics();
        JsonObjectBuilder counters = Json.createObjectBuilder();
        for (String query : statistics.getQueries()) {
            put(counters, "query " + query, statistics.getQueryStatistics(query).getExecutionCount());
        }
        for (String entity : statistics.getEntityNames()) {
            put(counters, "load " + entity, statistics.getEntityStatistics(entity).getLoadCount());
            put(counters, "fetch " + entity, statistics.getEntityStatistics(entity).getFetchCount());
        }
        for (String role : statistics.getCollectionRoleNames()) {
            put(counters, "collection " + role, statistics.getCollectionStatistics(role).getFetchCount());
        }
        return counters.build();
    }

    @DELETE
    public void switchOff() {
        statistics().setStatisticsEnabled(false);
    }

    private static void put(JsonObjectBuilder counters, String name, long count) {
        if (count > 0) {
            counters.add(name, count);
        }
    }

    private Statistics statistics() {
        return factory.unwrap(SessionFactory.class).getStatistics();
    }
}
