package se.stockholm.vfu.user;

/**
 * Fired inside an administrator's change to a user that takes back what the user's earlier sign-ins gave them, so
 * that the features holding such grants take them back in the same transaction without the user feature knowing
 * them: the user's API tokens are revoked ({@code apitoken.WithdrawnTokens}) and, after a move to another role or
 * scope, the notifications they received in the old one are deleted ({@code notification.MovedRecipients}). The
 * user's sessions end through the user's credential epoch ({@link AppUser#endSessions}).
 *
 * @param userId   the user's internal id
 * @param username the user's username (notifications are addressed by it)
 * @param reason   what the administrator did
 * @param by       the administrator's username
 */
public record AccessWithdrawn(long userId, String username, Reason reason, String by) {

    /** What took the access back. */
    public enum Reason {
        /** A new password the administrator set: the account may be in someone else's hands. */
        PASSWORD_RESET,
        /** The account was disabled; enabling it again gives back neither sessions nor tokens. */
        DISABLED,
        /** Another role, district or university: what the user saw in the old one is no longer theirs. */
        SCOPE_CHANGED
    }
}
