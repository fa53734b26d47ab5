package se.stockholm.vfu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import se.stockholm.vfu.web.EndedViewScopes;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Test deployments only (this package is not in the portal's WAR): how many views the caller's own session holds as
 * active, and how many records of view-scoped beans it keeps, of those views and of views no longer active, and how
 * many active views have no record (a view whose record was lost makes its beans anew, empty, at its next request).
 */
@Path("it/session/view-scopes")
public class ViewScopeRecordsResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject count(@Context HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Set<Object> active = new HashSet<>();
        Set<Object> recorded = new HashSet<>();
        if (session != null) {
            if (session.getAttribute(EndedViewScopes.ACTIVE_VIEWS) instanceof Map<?, ?> views) {
                synchronized (views) {
                    active.addAll(views.keySet());
                }
            }
            if (session.getAttribute(EndedViewScopes.VIEW_CONTEXTS) instanceof Map<?, ?> records) {
                recorded.addAll(records.keySet());
            }
        }
        long ended = recorded.stream().filter(id -> !active.contains(id)).count();
        long unrecorded = active.stream().filter(id -> !recorded.contains(id)).count();
        return Json.createObjectBuilder().add("activeViews", active.size()).add("recordedViews", recorded.size())
                .add("recordedEndedViews", ended).add("activeViewsWithoutRecord", unrecorded).build();
    }
}
