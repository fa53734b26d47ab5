package se.stockholm.vfu.user;

import se.stockholm.vfu.common.InvalidInputException;

/** Another user already has this username. */
public class UsernameTakenException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public UsernameTakenException() {
        super("username", "user.error.usernameTaken");
    }
}
