package se.stockholm.vfu.readlog;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.stockholm.vfu.api.PageParams;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;

import java.util.HashMap;
import java.util.Map;

/**
 * The read log for the administrator; anyone else is refused (403).
 * <ul>
 *   <li>{@code GET /api/read-log} with {@code username}, {@code requestId}, {@code placementId}, {@code inquiryId},
 *       {@code bookingId}, {@code channel}, {@code from}, {@code to} and paging;</li>
 *   <li>{@code POST /api/read-log/search} with the same filters and {@code studentRef} in a JSON body: a student
 *       reference is personal data and never goes in a URL (a {@code studentRef} query parameter is ignored).</li>
 * </ul>
 */
@Path("read-log")
@Tag(name = "Read log", description = "Who read which student's records when (läslogg)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReadLogResource {

    /** The filters of a search in a body; every field may be left out. */
    public record Search(String username, Long requestId, String studentRef, Long placementId, String channel,
                         String from, String to, Integer first, Integer size, Long inquiryId,
                         Long bookingId) {
    }

    @Inject
    private ReadLogService readLogService;

    @GET
    @Operation(summary = "A page of the read log: who viewed or exported which student, when and how (administrator)")
    public Page<ReadLogRow> find(@Context UriInfo uri) {
        PageRequest asked = PageParams.from(uri);
        Map<String, String> filters = new HashMap<>(asked.filters());
        filters.remove("studentRef");
        return readLogService.find(new PageRequest(asked.first(), asked.size(), asked.sortField(), asked.ascending(),
                filters));
    }

    @POST
    @Path("search")
    @Operation(summary = "Search the read log, a student reference only in the body, never in the URL (administrator)")
    public Page<ReadLogRow> search(Search search) {
        Search given = search == null ? new Search(null, null, null, null, null, null, null, null, null, null, null) : search;
        Map<String, String> filters = new HashMap<>();
        put(filters, "username", given.username());
        put(filters, "requestId", given.requestId());
        put(filters, "studentRef", given.studentRef());
        put(filters, "placementId", given.placementId());
        put(filters, "inquiryId", given.inquiryId());
        put(filters, "bookingId", given.bookingId());
        put(filters, "channel", given.channel());
        put(filters, "from", given.from());
        put(filters, "to", given.to());
        return readLogService.find(new PageRequest(given.first() == null ? 0 : given.first(),
                given.size() == null ? 50 : given.size(), null, true, filters));
    }

    private static void put(Map<String, String> filters, String name, Object value) {
        if (value != null) {
            filters.put(name, value.toString());
        }
    }
}
