package se.stockholm.vfu.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import se.stockholm.vfu.security.Role;

/** Test deployments only: a service that fails as nothing in the portal is meant to, for {@code ErrorLogIT}. */
@Stateless
@RolesAllowed(Role.CENTRAL_NAME)
public class FailingService {

    public static final String FAILURE = "IT: a failure nobody expected";

    public void fail() {
        throw new IllegalStateException(FAILURE);
    }
}
