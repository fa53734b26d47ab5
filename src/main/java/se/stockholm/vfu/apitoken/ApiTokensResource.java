package se.stockholm.vfu.apitoken;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own API tokens: {@code GET /api/me/tokens} lists them (never the token), {@code POST} with
 * {@code name} and optional {@code expiresOn} makes one and answers 201 with the token, the only time it is shown,
 * {@code DELETE /api/me/tokens/{id}} revokes one (the administrator may revoke anyone's; another user's is 404).
 */
@Path("me/tokens")
@Tag(name = "API tokens", description = "Personal API tokens: made, listed and revoked by their owner; all active ones for the admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiTokensResource {

    /** What a client sends to make a token. */
    public record Create(String name, LocalDate expiresOn) {
    }

    @Inject
    private ApiTokenService tokens;

    @GET
    @Operation(summary = "List one's own API tokens, newest first: name, created, last used, expiry, status; never the token")
    public List<ApiTokenRow> own() {
        return tokens.own();
    }

    @POST
    @Operation(summary = "Make an API token (name, optional expiresOn); the answer carries the token, shown only this once")
    public Response create(Create body) {
        NewApiToken made = body == null ? tokens.create(null, null) : tokens.create(body.name(), body.expiresOn());
        return Response.status(Response.Status.CREATED).entity(made).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke an API token: one's own, or any user's for the administrator; it stops working at once")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
