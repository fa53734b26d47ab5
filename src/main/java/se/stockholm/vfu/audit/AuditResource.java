package se.stockholm.vfu.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.stockholm.vfu.api.PageParams;
import se.stockholm.vfu.common.Page;

/**
 * The change history as JSON, for the central contact and the administrator only (403 for anyone else).
 * Filters as on the page: {@code username}, {@code type}, {@code recordId}, {@code from}, {@code to}.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed which record when (ändringshistorik)")
public class AuditResource {

    @Inject
    private AuditService auditService;

    @GET
    @Operation(summary = "One page of changes, newest first")
    public Page<AuditEntry> find(@Context UriInfo uri) {
        return auditService.find(PageParams.from(uri));
    }
}
