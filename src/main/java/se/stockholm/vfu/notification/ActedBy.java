package se.stockholm.vfu.notification;

import se.stockholm.vfu.security.Role;

/**
 * Who did what a notice tells of, as the notice says it: one rule for every notice about a district's or a
 * university's step that the central contact or the administrator may also take for them. Done by the party's own
 * contact, the notice names the party as the one who acted ("Bromma har avböjt …"); done for them, it says who did
 * ("Administratören har för Bromma avböjt …"), so that no one reads the district or university did what it did not.
 * <p>
 * The notice's body key gets a variant per actor ({@link #key}): {@code .central} and {@code .admin} beside the
 * party's own text, all in both languages.
 */
public enum ActedBy {
    /** The party's own contact, or no one signed in (the system): the notice names the party. */
    OWN(""),
    /** The central VFU contact, for the party. */
    CENTRAL(".central"),
    /** The administrator, for the party. */
    ADMIN(".admin");

    private final String suffix;

    ActedBy(String suffix) {
        this.suffix = suffix;
    }

    /** Who acted, by the role of the one who did and the role of the party the step is theirs to take. */
    public static ActedBy of(Role by, Role party) {
        if (by == null || by == party) {
            return OWN;
        }
        return by == Role.ADMIN ? ADMIN : by == Role.CENTRAL ? CENTRAL : OWN;
    }

    /** Whether someone other than the party's own contact acted. */
    public boolean forTheParty() {
        return this != OWN;
    }

    /** The body key said for this actor: the party's own key, or its variant for the central contact or the administrator. */
    public String key(String bodyKey) {
        return bodyKey + suffix;
    }
}
