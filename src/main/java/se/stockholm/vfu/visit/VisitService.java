package se.stockholm.vfu.visit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.ConflictException;
import se.stockholm.vfu.common.Filters;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.readlog.ReadLog;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.unit.Unit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Observation visits and their bookings, scoped by the caller:
 * <ul>
 *   <li>a district contact offers visits at its own units and sees its own visits and the bookings on them;</li>
 *   <li>a university coordinator sees every visit (to book on it), books its term-two students and sees and cancels
 *       its own university's bookings only;</li>
 *   <li>the central contact sees and may do everything except book (a booking belongs to a university).</li>
 * </ul>
 * A booking takes the visit's row lock before it counts the seats, so concurrent bookings queue and the last seat
 * goes to exactly one of them; the others are refused with a message. Outside the scope: 404 for reading, 403 for a
 * change the caller's role may never make.
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME, Role.DISTRICT_NAME, Role.UNIVERSITY_NAME})
public class VisitService {

    private static final Long NOTHING = -1L;

    private static final Map<String, String> VISIT_SORT = Map.of(
            "date", "v.visitDate", "districtName", "d.name", "unitName", "u.name", "seats", "v.seats");

    private static final Map<String, String> BOOKING_SORT = Map.of(
            "visitDate", "v.visitDate", "districtName", "d.name", "universityCode", "un.code",
            "studentName", "b.studentName", "bookedAt", "b.bookedAt");

    private static final String VISIT_ROW = """
            SELECT NEW se.stockholm.vfu.visit.VisitRow(v.id, v.version, t.code, d.id, d.name, u.name, v.visitDate,
                   v.seats, v.booked, v.note)
            FROM ObservationVisit v JOIN v.term t JOIN v.district d JOIN v.unit u""";

    private static final String BOOKING_FROM = """
             FROM Booking b JOIN b.visit v JOIN v.term t JOIN v.district d JOIN v.unit u JOIN b.university un""";

    private static final String BOOKING_ROW = """
            SELECT NEW se.stockholm.vfu.visit.BookingRow(b.id, b.version, v.id, v.visitDate, d.name, u.name, un.code,
                   b.studentName, b.studentEmail, b.studentRef, b.bookedBy, b.bookedAt)""" + BOOKING_FROM;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ReadLog readLog;

    @Inject
    private Clock clock;

    /** A term's visits in the caller's scope, by date. Filters: {@code district} (id; not for a district contact). */
    public Page<VisitRow> findVisits(long termId, @NotNull PageRequest page) {
        Caller caller = currentUser.get();
        Long district = caller.role() == Role.DISTRICT ? Objects.requireNonNullElse(caller.districtId(), NOTHING)
                : Filters.id(page.filter("district"));
        String where = " WHERE t.id = :term AND (:district IS NULL OR d.id = :district)";
        TypedQuery<VisitRow> rows = em.createQuery(VISIT_ROW + where + page.orderBy(VISIT_SORT, "v.visitDate", "v.id"),
                VisitRow.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(v) FROM ObservationVisit v JOIN v.term t JOIN v.district d"
                + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("term", termId).setParameter("district", district);
        }
        return new Page<>(rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    /**
     * One visit of the given term (the one a page shows or a URL names), in the caller's scope: a visit of another
     * term is not found.
     */
    public VisitRow visit(long termId, long id) {
        ObservationVisit visit = readableVisit(id);
        visit.getTerm().requireId(termId);
        return visitRow(visit.getId());
    }

    /**
     * A district offers a visit at one of its active units; the central contact at any district's. The visit is on a
     * day of the term's VFU period, today or later (the form's own check): a visit outside its term was listed and
     * booked under that term.
     */
    @RolesAllowed({Role.DISTRICT_NAME, Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public VisitRow createVisit(long termId, @NotNull @Valid VisitForm form) {
        Caller caller = currentUser.get();
        if (caller.role() == Role.UNIVERSITY) {
            throw new AccessDeniedException();
        }
        Term term = em.find(Term.class, termId);
        if (term == null) {
            throw new NotFoundException();
        }
        Unit unit = em.find(Unit.class, form.unitId());
        if (unit == null || !caller.mayReadDistrict(unit.getDistrict().getId())) {
            throw new InvalidInputException("unit", "visit.error.unit");
        }
        if (!unit.isActive()) {
            throw new InvalidInputException("unit", "visit.error.unitInactive");
        }
        if (!term.includes(form.date())) {
            throw new InvalidInputException("date", "visit.error.dateOutsideTerm", term.getCode(), term.getVfuStart(),
                    term.getVfuEnd());
        }
        ObservationVisit visit = new ObservationVisit(term, unit, form.date(), form.seats(), form.note(),
                caller.username(), clock.instant());
        em.persist(visit);
        em.flush();
        return visitRow(visit.getId());
    }

    /** The active units a visit can be offered at: the district contact's own; for city-wide callers all. */
    @RolesAllowed({Role.DISTRICT_NAME, Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public List<UnitChoice> unitChoices() {
        Caller caller = currentUser.get();
        Long district = caller.role() == Role.DISTRICT ? Objects.requireNonNullElse(caller.districtId(), NOTHING) : null;
        return em.createQuery("""
                        SELECT NEW se.stockholm.vfu.visit.UnitChoice(u.id, u.name, d.name) FROM Unit u JOIN u.district d
                        WHERE u.active = TRUE AND (:district IS NULL OR d.id = :district) ORDER BY d.name, u.name""",
                        UnitChoice.class)
                .setParameter("district", district).getResultList();
    }

    /**
     * A university coordinator books one of its students on a visit. The visit's row is locked first, so bookings
     * made at the same moment are counted one after the other: a full visit refuses with a message, never overbooks.
     */
    @RolesAllowed(Role.UNIVERSITY_NAME)
    public BookingRow book(long termId, long visitId, @NotNull @Valid BookingForm form) {
        Caller caller = currentUser.get();
        if (caller.role() != Role.UNIVERSITY || caller.universityId() == null) {
            throw new AccessDeniedException();
        }
        ObservationVisit visit = em.find(ObservationVisit.class, visitId, LockModeType.PESSIMISTIC_WRITE);
        if (visit == null || visit.getTerm().getId() != termId) {
            throw new NotFoundException();
        }
        if (visit.getVisitDate().isBefore(LocalDate.now(clock))) {
            throw new ConflictException(null, "visit.error.past");
        }
        Booking booking = Booking.of(visit, em.getReference(University.class, caller.universityId()),
                form.studentName(), form.studentEmail(), form.studentRef(), caller.username(), clock.instant());
        em.persist(booking);
        em.flush();
        return bookingRow(booking.getId());
    }

    /**
     * Bookings of a term: the central contact's all, a district's on its own visits, a university's its own. Each
     * booking shown names a term-two student, so each is a read for the read log, by the booking's id.
     */
    public Page<BookingRow> findBookings(long termId, @NotNull PageRequest page) {
        Caller caller = currentUser.get();
        Long district = caller.role() == Role.DISTRICT ? Objects.requireNonNullElse(caller.districtId(), NOTHING)
                : caller.isCityWide() ? Filters.id(page.filter("district")) : null;
        Long university = caller.role() == Role.UNIVERSITY ? Objects.requireNonNullElse(caller.universityId(), NOTHING)
                : caller.isCityWide() ? Filters.id(page.filter("university")) : null;
        String visitFilter = page.filter("visit");
        Long visit = visitFilter == null ? null : Filters.id(visitFilter);
        if (visitFilter != null && visit == null) {
            return new Page<>(List.of(), 0);
        }
        String where = " WHERE t.id = :term AND (:district IS NULL OR d.id = :district)"
                + " AND (:university IS NULL OR un.id = :university) AND (:visit IS NULL OR v.id = :visit)";
        TypedQuery<BookingRow> rows = em.createQuery(BOOKING_ROW + where
                + page.orderBy(BOOKING_SORT, "v.visitDate", "b.id"), BookingRow.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(b)" + BOOKING_FROM + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("term", termId).setParameter("district", district)
                    .setParameter("university", university).setParameter("visit", visit);
        }
        List<BookingRow> found = rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        readLog.bookings(found.stream().map(BookingRow::id).toList(), "VisitService.findBookings");
        return new Page<>(found, count.getSingleResult());
    }

    /**
     * One booking on a visit of the given term, in the caller's scope: a booking of another term is not found. The
     * read is logged by the booking's id (a booking names a student).
     */
    public BookingRow booking(long termId, long id) {
        long bookingId = readableBooking(termId, id).getId();
        BookingRow row = bookingRow(bookingId);
        readLog.bookings(List.of(bookingId), "VisitService.booking");
        return row;
    }

    /**
     * The booking university's coordinator (or the central contact) cancels a booking on a visit of the given term
     * (a booking of another term is not found): its seat is free again.
     */
    @RolesAllowed({Role.UNIVERSITY_NAME, Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public void cancelBooking(long termId, long id, Long version) {
        Booking booking = readableBooking(termId, id);
        Caller caller = currentUser.get();
        if (caller.role() == Role.DISTRICT) {
            throw new AccessDeniedException();
        }
        booking.requireVersion(version);
        ObservationVisit visit = em.find(ObservationVisit.class, booking.getVisit().getId(),
                LockModeType.PESSIMISTIC_WRITE);
        visit.release();
        em.remove(booking);
        em.flush();
    }

    /**
     * Per district: the term's visits, their seats and the seats booked. The central contact and the universities
     * (who book on any district's visits) see every district, a district contact its own.
     */
    public List<VisitCountRow> counts(long termId) {
        Caller caller = currentUser.get();
        Long district = caller.role() == Role.DISTRICT ? Objects.requireNonNullElse(caller.districtId(), NOTHING) : null;
        return em.createQuery("""
                        SELECT NEW se.stockholm.vfu.visit.VisitCountRow(d.id, d.name, COUNT(v), SUM(v.seats),
                               SUM(v.booked))
                        FROM ObservationVisit v JOIN v.district d
                        WHERE v.term.id = :term AND (:district IS NULL OR d.id = :district)
                        GROUP BY d.id, d.name ORDER BY d.name""", VisitCountRow.class)
                .setParameter("term", termId).setParameter("district", district).getResultList();
    }

    private VisitRow visitRow(long id) {
        return em.createQuery(VISIT_ROW + " WHERE v.id = :id", VisitRow.class).setParameter("id", id).getSingleResult();
    }

    private BookingRow bookingRow(long id) {
        return em.createQuery(BOOKING_ROW + " WHERE b.id = :id", BookingRow.class).setParameter("id", id)
                .getSingleResult();
    }

    /** Every visit for the central contact and the universities; a district contact's own only. */
    private ObservationVisit readableVisit(long id) {
        ObservationVisit visit = em.find(ObservationVisit.class, id);
        Caller caller = currentUser.get();
        if (visit == null || caller.role() == Role.DISTRICT && !visit.getDistrict().getId().equals(caller.districtId())) {
            throw new NotFoundException();
        }
        return visit;
    }

    /** A readable booking (else 404) on a visit of the given term (else 404 too). */
    private Booking readableBooking(long termId, long id) {
        Booking booking = readableBooking(id);
        booking.getVisit().getTerm().requireId(termId);
        return booking;
    }

    /** The central contact's, the booking university's or the visit's district's; else 404. */
    private Booking readableBooking(long id) {
        Booking booking = em.find(Booking.class, id);
        if (booking == null) {
            throw new NotFoundException();
        }
        Caller caller = currentUser.get();
        boolean mayRead = caller.isCityWide()
                || caller.role() == Role.UNIVERSITY && booking.getUniversity().getId().equals(caller.universityId())
                || caller.role() == Role.DISTRICT && booking.getVisit().getDistrict().getId().equals(caller.districtId());
        if (!mayRead) {
            throw new NotFoundException();
        }
        return booking;
    }
}
