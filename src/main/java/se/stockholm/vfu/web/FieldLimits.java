package se.stockholm.vfu.web;

/**
 * The lengths of the fields that no entity holds: search texts, ids and dates typed as text, passwords. The fields
 * that fill an entity take their limits from the entity's or form's own constants (the ones its Bean Validation
 * uses); pages read both with OmniFaces' {@code <o:importConstants>}, so no page types a limit of its own.
 */
public final class FieldLimits {

    /** A table's search field or a filter by user name. */
    public static final int SEARCH_MAX = 60;
    /** A record id typed as a filter: the digits of the largest {@code long}. */
    public static final int ID_DIGITS = 19;
    /**
     * Password fields take more than the password policy allows, so that a too long password is refused with the
     * policy's message instead of being cut by the browser without a word.
     */
    public static final int PASSWORD_FIELD_MAX = 200;

    private FieldLimits() {
    }
}
