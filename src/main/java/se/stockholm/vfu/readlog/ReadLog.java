package se.stockholm.vfu.readlog;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Writes the read log: one row per student a caller was shown, with who, when, the student's request id (and the
 * placement's id when a placement was shown) or, for an inquiry to a district, the inquiry's id (and its request's
 * once it became one), or for an observation-visit booking (which belongs to no request) the booking's id, the
 * channel and the operation.
 * <p>
 * It writes <b>in the caller's transaction</b> (MANDATORY): the rows are read and the log written together, and if
 * the log cannot be written the read fails too, so nothing is shown that is not logged. A separate transaction
 * (REQUIRES_NEW) would log reads whose transaction then rolled back and hence returned nothing, and take a second
 * connection for every list. A list or export writes its rows in one multi-row INSERT per 100 students (no statement
 * per row), through the persistence unit's own connection.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ReadLog {

    /** Rows per INSERT statement. */
    private static final int CHUNK = 100;
    private static final String INSERT =
            "INSERT INTO read_log (read_at, username, request_id, placement_id, inquiry_id, booking_id, channel, operation)"
                    + " VALUES ";

    /** One student shown: their request, and the placement if a placement was shown. */
    public record Read(long requestId, Long placementId) {
    }

    /** One student shown through their inquiry to a district, and the request it became, if it became one. */
    public record InquiryRead(long inquiryId, Long requestId) {
    }

    /**
     * One row of the log: a request (with or without its placement), an inquiry (with or without its request), or an
     * observation-visit booking.
     */
    private record Row(Long requestId, Long placementId, Long inquiryId, Long bookingId) {
    }

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private ReadChannel readChannel;

    @Inject
    private Clock clock;

    /** Requests shown by {@code service} (e.g. "RequestService.find", the operation outside pages and the API). */
    public void requests(Collection<Long> requestIds, String service) {
        write(requestIds.stream().map(id -> new Row(id, null, null, null)).toList(), null, service);
    }

    /** Placements (and with them their students) shown by {@code service}. */
    public void placements(Collection<Read> reads, String service) {
        write(rows(reads), null, service);
    }

    /** Inquiries (each names a student) shown by {@code service}. */
    public void inquiries(Collection<InquiryRead> reads, String service) {
        write(reads.stream().map(r -> new Row(r.requestId(), null, r.inquiryId(), null)).toList(), null, service);
    }

    /**
     * Observation-visit bookings (each names a term-two student, by name, e-mail or reference) shown by
     * {@code service}: logged by the booking's id, since a booking belongs to no request.
     */
    public void bookings(Collection<Long> bookingIds, String service) {
        write(bookingIds.stream().map(id -> new Row(null, null, null, id)).toList(), null, service);
    }

    /**
     * An export of these students' data by {@code what} (e.g. "data-subject export"): channel EXPORT, and as operation
     * {@code what} followed by the page or API call that asked for it.
     */
    public void exported(Collection<Read> reads, String what) {
        write(rows(reads), what, what);
    }

    /** As {@link #exported}, for inquiries exported. */
    public void inquiriesExported(Collection<InquiryRead> reads, String what) {
        write(reads.stream().map(r -> new Row(r.requestId(), null, r.inquiryId(), null)).toList(), what, what);
    }

    private static List<Row> rows(Collection<Read> reads) {
        return reads.stream().map(r -> new Row(r.requestId(), r.placementId(), null, null)).toList();
    }

    private void write(Collection<Row> reads, String export, String service) {
        if (reads.isEmpty()) {
            return;
        }
        Channel channel = Channel.SERVICE;
        String operation = service;
        try {
            if (!readChannel.isShown()) {
                return;
            }
            if (readChannel.channel() != null) {
                channel = readChannel.channel();
                operation = readChannel.operation();
                if (export != null) {
                    operation = export + " via " + channel + " " + operation;
                }
            }
        } catch (ContextNotActiveException noRequest) {
            // a scheduled job or an asynchronous call: no page or API request, the service names the operation
        }
        if (export != null) {
            channel = Channel.EXPORT;
        }
        String username = context.getCallerPrincipal().getName();
        Instant now = clock.instant();
        List<Row> distinct = new ArrayList<>(new LinkedHashSet<>(reads));
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            insert(distinct.subList(from, Math.min(distinct.size(), from + CHUNK)), now, username, channel,
                    truncate(operation));
        }
    }

    private void insert(List<Row> reads, Instant now, String username, Channel channel, String operation) {
        StringBuilder sql = new StringBuilder(INSERT);
        for (int i = 0; i < reads.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
        }
        Query insert = em.createNativeQuery(sql.toString());
        int parameter = 1;
        for (Row read : reads) {
            insert.setParameter(parameter++, now);
            insert.setParameter(parameter++, username);
            insert.setParameter(parameter++, read.requestId());
            insert.setParameter(parameter++, read.placementId());
            insert.setParameter(parameter++, read.inquiryId());
            insert.setParameter(parameter++, read.bookingId());
            insert.setParameter(parameter++, channel.name());
            insert.setParameter(parameter++, operation);
        }
        insert.executeUpdate();
    }

    private static String truncate(String operation) {
        String known = operation == null ? "?" : operation;
        return known.length() <= ReadLogEntry.OPERATION_MAX ? known : known.substring(0, ReadLogEntry.OPERATION_MAX);
    }
}
