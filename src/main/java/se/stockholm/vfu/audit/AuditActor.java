package se.stockholm.vfu.audit;

import java.util.concurrent.Callable;

/**
 * Names the user a change is recorded as when no user is signed in, for code that acts on someone's behalf
 * without a session: the demo data's history written as the users who would have made it. Never used on a
 * user's request, where the signed-in caller is the actor.
 */
public final class AuditActor {

    private static final ThreadLocal<String> ACTOR = new ThreadLocal<>();

    private AuditActor() {
    }

    public static <T> T as(String username, Callable<T> action) throws Exception {
        String before = ACTOR.get();
        ACTOR.set(username);
        try {
            return action.call();
        } finally {
            if (before == null) {
                ACTOR.remove();
            } else {
                ACTOR.set(before);
            }
        }
    }

    static String current() {
        return ACTOR.get();
    }
}
