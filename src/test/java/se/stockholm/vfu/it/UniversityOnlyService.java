package se.stockholm.vfu.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import se.stockholm.vfu.security.Role;

/**
 * Test deployments only: a service a central contact may not use, called from inside one they may
 * ({@link FailingService#callOutsideTheRole()}): a refusal deep in a call, for {@code ErrorLogIT}.
 */
@Stateless
@RolesAllowed(Role.UNIVERSITY_NAME)
public class UniversityOnlyService {

    public void act() {
        // the refusal happens before this runs
    }
}
