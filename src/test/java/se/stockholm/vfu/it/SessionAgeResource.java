package se.stockholm.vfu.it;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import se.stockholm.vfu.security.SignedIn;

import java.time.Duration;

/**
 * Test deployments only (this package is not in the portal's WAR): makes the caller's own session look as if it
 * had been signed in {@code hours} earlier, so a test can see the absolute session lifetime end it without waiting
 * for it.
 */
@Path("it/session/age")
public class SessionAgeResource {

    @POST
    public Response age(@QueryParam("hours") long hours, @Context HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        SignedIn signedIn = session == null ? null : (SignedIn) session.getAttribute(SignedIn.ATTRIBUTE);
        if (signedIn == null) {
            return Response.status(409).build();
        }
        session.setAttribute(SignedIn.ATTRIBUTE, new SignedIn(signedIn.username(), signedIn.role(),
                signedIn.districtId(), signedIn.universityId(), signedIn.credentialEpoch(),
                signedIn.since().minus(Duration.ofHours(hours))));
        return Response.noContent().build();
    }
}
