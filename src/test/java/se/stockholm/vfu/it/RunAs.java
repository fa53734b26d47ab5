package se.stockholm.vfu.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import java.util.concurrent.Callable;

/**
 * Runs code as a signed-in portal user, authenticated against the real users table by the real
 * Elytron domain, so services see exactly the caller a page or API request would give them.
 * {@code runAs.user(name, () -> service.get(id))} returns what the code returns;
 * {@code runAs.user(name, () -> service.withdraw(id, reason))} runs code that returns nothing.
 */
@Stateless
@PermitAll
public class RunAs {

    public <T> T user(String username, Callable<T> action) throws Exception {
        return user(username, Fixtures.PASSWORD, action);
    }

    /** As {@link #user(String, Callable)}, signing in with the given password; a refused sign-in throws SecurityException. */
    public <T> T user(String username, String password, Callable<T> action) throws Exception {
        SecurityIdentity identity = SecurityDomain.getCurrent()
                .authenticate(username, new PasswordGuessEvidence(password.toCharArray()));
        return identity.runAs(action);
    }

    /**
     * Like {@link #user}, but without a transaction around the action: each service call commits on its own while
     * the user is still the caller, as a page or API request does. The change history (Envers) names the user who
     * is the caller when the transaction commits; inside {@link #user} that is after the user's scope has ended.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public <T> T userCommitting(String username, Callable<T> action) throws Exception {
        return user(username, action);
    }

    /** As {@link #userCommitting(String, Callable)}, for code that returns nothing. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void userCommitting(String username, Action action) throws Exception {
        user(username, action);
    }

    public void user(String username, Action action) throws Exception {
        user(username, () -> {
            action.run();
            return null;
        });
    }

    /** Code run as a user that returns nothing; it may throw what the service throws. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }
}
