package se.stockholm.vfu.overview;

import java.io.Serializable;

/**
 * Something that awaits the user now, with the page where it is done.
 *
 * @param key      message key in the overview bundle; {0} is the count, {1} the term
 * @param count    how many
 * @param termCode the term it concerns
 * @param link     the portal page where it is done (a path; the page shows it in the term)
 */
public record Todo(String key, long count, String termCode, String link) implements Serializable {
}
