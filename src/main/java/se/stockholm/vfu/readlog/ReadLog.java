package se.stockholm.vfu.readlog;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

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
 * It needs the caller's transaction (MANDATORY) and writes <b>when that transaction is about to commit</b>: if the
 * log cannot be written the transaction rolls back and the read fails too, so nothing is answered that is not logged,
 * and a read whose transaction rolls back (and so returned nothing) is not logged. The entries are committed by
 * {@link ReadLogWriter} on the read log's own connection, together with other requests' entries of the same moment, in
 * multi-row INSERTs (no statement per row, no commit per request). Written just before the reading transaction's own
 * commit, they stand even in the rare case that this commit then fails: the log may hold a read that was not answered,
 * never an answer that is not in the log.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ReadLog {

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

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private ReadLogWriter writer;

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
        String shownAs = truncate(operation);
        List<ReadLogWriter.Entry> entries = new ArrayList<>();
        for (Row read : new LinkedHashSet<>(reads)) {
            entries.add(new ReadLogWriter.Entry(now, username, read.requestId(), read.placementId(), read.inquiryId(),
                    read.bookingId(), channel, shownAs));
        }
        pendingInThisTransaction().addAll(entries);
    }

    /**
     * The entries this transaction has read so far; written when it is about to commit (a rolled-back read is not
     * logged), and if they cannot be written the transaction rolls back instead of committing. A read after they were
     * written (from another synchronization of the committing transaction) is refused rather than left unlogged.
     */
    private List<ReadLogWriter.Entry> pendingInThisTransaction() {
        Pending pending = (Pending) transactions.getResource(Pending.class);
        if (pending == null) {
            pending = new Pending();
            transactions.putResource(Pending.class, pending);
            transactions.registerInterposedSynchronization(pending);
        }
        if (pending.written) {
            throw new IllegalStateException("a read after the transaction's read log was written");
        }
        return pending.entries;
    }

    /** A transaction's entries, written just before it commits: throwing there rolls the reading transaction back. */
    private final class Pending implements Synchronization {
        private final List<ReadLogWriter.Entry> entries = new ArrayList<>();
        private boolean written;

        @Override
        public void beforeCompletion() {
            written = true;
            writer.write(entries);
        }

        @Override
        public void afterCompletion(int status) {
            // written before the commit, or not at all
        }
    }

    private static String truncate(String operation) {
        String known = operation == null ? "?" : operation;
        return known.length() <= ReadLogEntry.OPERATION_MAX ? known : known.substring(0, ReadLogEntry.OPERATION_MAX);
    }
}
