package se.stockholm.vfu.apitoken;

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
 * Every user's active API tokens for the administrator, as the API-nycklar page's second table shows them:
 * {@code GET /api/tokens} with {@code first}, {@code size}, {@code sort}, {@code order} and {@code text} (username or
 * token name), newest first by default; never a token nor its hash. Anyone else gets 403. Revoking is
 * {@code DELETE /api/me/tokens/{id}}, as for one's own.
 */
@Path("tokens")
@Tag(name = "API tokens", description = "Personal API tokens: made, listed and revoked by their owner; all active ones for the admin")
@Produces(MediaType.APPLICATION_JSON)
public class ActiveApiTokensResource {

    @Inject
    private ApiTokenService tokens;

    @GET
    @Operation(summary = "One page of every user's active API tokens, newest first (administrator only); never the token")
    public Page<ApiTokenRow> active(@Context UriInfo uri) {
        return tokens.allActive(PageParams.from(uri));
    }
}
