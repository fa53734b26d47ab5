package se.stockholm.vfu.readlog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One row of the read log, for searching it. Read-only here: rows are only ever inserted (by {@link ReadLog}, in
 * bulk) and the portal's database user may neither change nor delete them.
 */
@Entity
@Table(name = "read_log")
public class ReadLogEntry {

    public static final int OPERATION_MAX = 200;

    @Id
    private Long id;

    @Column(name = "read_at", nullable = false, insertable = false, updatable = false)
    private Instant readAt;

    @Column(nullable = false, length = 60, insertable = false, updatable = false)
    private String username;

    @Column(name = "request_id", insertable = false, updatable = false)
    private Long requestId;

    @Column(name = "inquiry_id", insertable = false, updatable = false)
    private Long inquiryId;

    @Column(name = "booking_id", insertable = false, updatable = false)
    private Long bookingId;

    @Column(name = "placement_id", insertable = false, updatable = false)
    private Long placementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, insertable = false, updatable = false)
    private Channel channel;

    @Column(nullable = false, length = OPERATION_MAX, insertable = false, updatable = false)
    private String operation;

    protected ReadLogEntry() {
    }

    public Long getId() {
        return id;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public String getUsername() {
        return username;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Long getPlacementId() {
        return placementId;
    }

    public Long getInquiryId() {
        return inquiryId;
    }

    /** The observation-visit booking shown, for an entry that points to a booking rather than a request. */
    public Long getBookingId() {
        return bookingId;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getOperation() {
        return operation;
    }
}
