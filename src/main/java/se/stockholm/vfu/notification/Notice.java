package se.stockholm.vfu.notification;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a notification says, before it is said in anyone's language: the keys of its subject and body in the
 * {@code notifications} bundle, the MessageFormat arguments ({0}, {1}, …) both are formatted with, and an
 * optional link into the portal (a path such as {@code /district/placements.xhtml}).
 * <p>
 * The factories name the notices the portal sends, each given the page to open; a notice about a term links to
 * that page in its term ({@link #inTerm}). Features may also build their own with keys they add to the bundle. A
 * notice is formatted later, per reader, so arguments are plain text and never translated.
 * <p>
 * A notice about one student carries the id of the student's request ({@link #about}), so that the data-subject
 * export finds it by that id and never by the name in its arguments (two students may share a name).
 */
public record Notice(String subjectKey, String bodyKey, List<String> arguments, String link, Long requestId)
        implements Serializable {

    public static final int KEY_MAX = 100;
    public static final int LINK_MAX = 500;
    public static final int ARGUMENTS_MAX = 10;
    /** Longer arguments are cut: a notice must never make the business call that sends it fail. */
    public static final int ARGUMENT_MAX = 500;

    public Notice {
        subjectKey = key(subjectKey);
        bodyKey = key(bodyKey);
        if (arguments == null) {
            arguments = List.of();
        }
        if (arguments.size() > ARGUMENTS_MAX) {
            throw new IllegalArgumentException("A notice takes at most " + ARGUMENTS_MAX + " arguments");
        }
        List<String> copy = new ArrayList<>(arguments.size());
        for (String argument : arguments) {
            String text = argument == null ? "" : argument;
            copy.add(text.length() > ARGUMENT_MAX ? text.substring(0, ARGUMENT_MAX - 1) + "…" : text);
        }
        arguments = List.copyOf(copy);
        link = link == null || link.isBlank() ? null : link.trim();
        if (link != null && (link.length() > LINK_MAX || !link.startsWith("/"))) {
            throw new IllegalArgumentException("A notice links to a path in the portal, starting with /");
        }
    }

    /** A notice about no one student. */
    public Notice(String subjectKey, String bodyKey, List<String> arguments, String link) {
        this(subjectKey, bodyKey, arguments, link, null);
    }

    /** The same notice, about the student of that request. */
    public Notice about(long studentRequestId) {
        return new Notice(subjectKey, bodyKey, arguments, link, studentRequestId);
    }

    /**
     * A link to a page of the portal in the given term: a notice about a term opens its page in that term, whatever
     * term the reader's header shows (term.view.TermSelection reads the parameter {@code term} on any page). Null
     * without a page.
     */
    public static String inTerm(String page, String termCode) {
        if (page == null) {
            return null;
        }
        return page + (page.contains("?") ? "&" : "?") + "term=" + URLEncoder.encode(termCode, StandardCharsets.UTF_8);
    }

    /** To a district: the central contact published the allocation's offers of the term for its places. */
    public static Notice offersPublished(String termCode, int offers, String page) {
        return new Notice("notice.offersPublished.subject", "notice.offersPublished.body",
                List.of(termCode, Integer.toString(offers)), inTerm(page, termCode));
    }

    /** To a university: a district (or someone for it: {@link ActedBy}) confirmed the placement of one of its students. */
    public static Notice placementConfirmed(String studentName, String districtName, String termCode, ActedBy actedBy,
                                            String page) {
        return new Notice("notice.placementConfirmed.subject", actedBy.key("notice.placementConfirmed.body"),
                List.of(studentName, districtName, termCode), inTerm(page, termCode));
    }

    /**
     * To a university: a district (or someone for it: {@link ActedBy}) declined the placement of one of its students,
     * who is back in the pool.
     */
    public static Notice placementDeclined(String studentName, String districtName, String termCode, String reason,
                                           ActedBy actedBy, String page) {
        return new Notice("notice.placementDeclined.subject", actedBy.key("notice.placementDeclined.body"),
                List.of(studentName, districtName, termCode, reason == null ? "" : reason), inTerm(page, termCode));
    }

    /**
     * To a university: the central contact or the administrator changed one of its students' requests (what changed
     * is on the request's page, not in the notice). The page is the request's own.
     */
    public static Notice requestChanged(String studentName, String termCode, ActedBy actedBy, String page) {
        return new Notice("notice.requestChanged.subject", actedBy.key("notice.requestChanged.body"),
                List.of(studentName, termCode), inTerm(page, termCode));
    }

    /** To a university: the central contact or the administrator withdrew one of its students' requests. */
    public static Notice requestWithdrawn(String studentName, String termCode, String reason, ActedBy actedBy,
                                          String page) {
        return new Notice("notice.requestWithdrawn.subject", actedBy.key("notice.requestWithdrawn.body"),
                List.of(studentName, termCode, reason == null ? "" : reason), inTerm(page, termCode));
    }

    /** To a district: a placement it was offered or had confirmed is cancelled (the student withdrew, or the central contact). */
    public static Notice placementCancelled(String studentName, String termCode, String reason, String page) {
        return new Notice("notice.placementCancelled.subject", "notice.placementCancelled.body",
                List.of(studentName, termCode, reason == null ? "" : reason), inTerm(page, termCode));
    }

    /** A plain message with a subject and a text of its own (arguments {0} and {1}): tests, announcements. */
    public static Notice message(String subject, String text, String link) {
        return new Notice("notice.message.subject", "notice.message.body",
                List.of(Objects.requireNonNullElse(subject, ""), Objects.requireNonNullElse(text, "")), link);
    }

    private static String key(String key) {
        if (key == null || key.isBlank() || key.length() > KEY_MAX) {
            throw new IllegalArgumentException("A notice needs bundle keys of at most " + KEY_MAX + " characters");
        }
        return key.trim();
    }
}
