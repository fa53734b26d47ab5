package se.stockholm.vfu.user;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path.Node;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.stockholm.vfu.api.Problem;
import se.stockholm.vfu.security.SessionGuard;

import java.util.Comparator;
import java.util.Set;

/**
 * The caller's own account: {@code PUT /api/me/password} with {@code currentPassword} and {@code newPassword}
 * ({@code repeatPassword} optional). 204 when changed; 400 naming the field when the current password is wrong or
 * the new one breaks the password policy. The caller's other sessions end; the one it was called in goes on.
 */
@Path("me")
@Tag(name = "Account", description = "The caller's own account: who am I, own password")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    private AccountService accountService;

    @Inject
    private Validator validator;

    @PUT
    @Path("password")
    @Operation(summary = "Change one's own password: the current one and the new one (12-64 characters, at most 71 bytes)")
    public Response changePassword(PasswordChange change, @Context HttpServletRequest request) {
        if (change == null) {
            change = new PasswordChange();
        }
        // Checked here too, so that the answer names the field the way a page shows the message beside it.
        Set<ConstraintViolation<PasswordChange>> violations = validator.validate(change);
        if (!violations.isEmpty()) {
            ConstraintViolation<PasswordChange> first = violations.stream()
                    .min(Comparator.comparing(v -> v.getPropertyPath().toString())).orElseThrow();
            String field = null;
            for (Node node : first.getPropertyPath()) {
                field = node.getName();
            }
            return Problem.portal("validation", Response.Status.BAD_REQUEST, first.getMessage(), field).answer().build();
        }
        SessionGuard.keepSession(request, accountService.changeOwnPassword(change));
        return Response.noContent().build();
    }
}
