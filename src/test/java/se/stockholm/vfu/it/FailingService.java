package se.stockholm.vfu.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import se.stockholm.vfu.security.Role;

/** Test deployments only: a service that fails as nothing in the portal is meant to, for {@code ErrorLogIT}. */
@Stateless
@RolesAllowed(Role.CENTRAL_NAME)
public class FailingService {

    public static final String FAILURE = "IT: a failure nobody expected";

    @EJB
    UniversityOnlyService universityOnly;

    public void fail() {
        throw new IllegalStateException(FAILURE);
    }

    /** A bug of the kind a refusal deep in a call means: a service calling one its caller's role may not use. */
    public void callOutsideTheRole() {
        universityOnly.act();
    }
}
