package se.stockholm.vfu.readlog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.Filters;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The administrator's search of the read log. Only an administrator (checked by the container and again against the
 * users table) may search it. Searching is not itself logged as a view of a student: the answer holds ids only, no
 * student's name, reference or e-mail, and a reference typed as a filter is turned into request ids in the query.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ReadLogService {


    private static final Map<String, String> SORTABLE = Map.of(
            "readAt", "e.readAt",
            "username", "e.username",
            "requestId", "e.requestId",
            "channel", "e.channel");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    /**
     * One page of entries, newest first unless sorted otherwise. Filters: {@code username} (exactly, any case),
     * {@code requestId} (the student's request id), {@code studentRef} (a student reference: every request with it,
     * any case, any university or term), {@code placementId}, {@code inquiryId} (an inquiry to a district),
     * {@code bookingId} (an observation-visit booking),
     * {@code channel} (PAGE, API, EXPORT, SERVICE),
     * {@code from} and {@code to} (dates, Stockholm time, both days included).
     */
    public Page<ReadLogRow> find(@NotNull PageRequest page) {
        requireAdmin();
        if (unreadableDate(page.filter("from")) || unreadableDate(page.filter("to"))) {
            return new Page<>(List.of(), 0);
        }
        String where = " WHERE (:username IS NULL OR LOWER(e.username) = :username)"
                + " AND (:requestId IS NULL OR e.requestId = :requestId)"
                + " AND (:placementId IS NULL OR e.placementId = :placementId)"
                + " AND (:inquiryId IS NULL OR e.inquiryId = :inquiryId)"
                + " AND (:bookingId IS NULL OR e.bookingId = :bookingId)"
                + " AND (:studentRef IS NULL OR e.requestId IN"
                + " (SELECT r.id FROM StudentRequest r WHERE LOWER(r.studentRef) = :studentRef))"
                + " AND (:channel IS NULL OR e.channel = :channel)"
                + " AND (:from IS NULL OR e.readAt >= :from) AND (:to IS NULL OR e.readAt < :to)";
        TypedQuery<ReadLogRow> rows = em.createQuery("""
                SELECT NEW se.stockholm.vfu.readlog.ReadLogRow(e.id, e.readAt, e.username, e.requestId, e.placementId,
                       e.channel, e.operation, e.inquiryId, e.bookingId)
                FROM ReadLogEntry e""" + where + orderBy(page), ReadLogRow.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM ReadLogEntry e" + where, Long.class);
        Filters.Choice<Channel> channel = Filters.oneOf(Channel.class, page.filter("channel"));
        if (channel.matchesNothing()) {
            return Page.empty();
        }
        String ref = page.filter("studentRef");
        for (TypedQuery<?> query : List.of(rows, count)) {
            String username = page.filter("username");
            query.setParameter("username", username == null ? null : username.toLowerCase(Locale.ROOT));
            query.setParameter("requestId", Filters.id(page.filter("requestId")));
            query.setParameter("placementId", Filters.id(page.filter("placementId")));
            query.setParameter("inquiryId", Filters.id(page.filter("inquiryId")));
            query.setParameter("bookingId", Filters.id(page.filter("bookingId")));
            query.setParameter("studentRef", ref == null ? null : ref.toLowerCase(Locale.ROOT));
            query.setParameter("channel", channel.orNull());
            query.setParameter("from", startOf(page.filter("from"), 0));
            query.setParameter("to", startOf(page.filter("to"), 1));
        }
        return new Page<>(rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    private void requireAdmin() {
        if (currentUser.get().role() != Role.ADMIN) {
            throw new AccessDeniedException();
        }
    }

    /** Newest first by default; a chosen column is sorted as asked, the id last so paging is stable. */
    private static String orderBy(PageRequest page) {
        if (page.sortField() == null || !SORTABLE.containsKey(page.sortField())) {
            return " ORDER BY e.readAt DESC, e.id DESC";
        }
        return page.orderBy(SORTABLE, "e.readAt", "e.id");
    }

    /** The start of the day {@code plusDays} after the date in Stockholm; null for no filter. */
    private static Instant startOf(String date, int plusDays) {
        return date == null ? null : LocalDate.parse(date).plusDays(plusDays).atStartOfDay(StockholmTime.ZONE).toInstant();
    }

    /** A date filter that is not a date (yyyy-mm-dd) matches nothing, like the other filters. */
    private static boolean unreadableDate(String date) {
        try {
            return date != null && LocalDate.parse(date) == null;
        } catch (DateTimeParseException unreadable) {
            return true;
        }
    }
}
