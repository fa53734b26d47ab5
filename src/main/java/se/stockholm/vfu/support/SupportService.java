package se.stockholm.vfu.support;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
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
import se.stockholm.vfu.notification.Notice;
import se.stockholm.vfu.notification.NotificationService;
import se.stockholm.vfu.placement.Placement;
import se.stockholm.vfu.placement.PlacementStatus;
import se.stockholm.vfu.readlog.ReadLog;
import se.stockholm.vfu.retention.AnonymisedName;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.term.Term;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Support during a placement: its three-way meeting and the concerns raised on it.
 * <ul>
 *   <li>The central contact, the student's university and the placement's district see both (once the placement is
 *       offered); anyone else gets "not found", on every channel, because every read and change starts here.</li>
 *   <li>The meeting is set by the university, the district or the central contact while the placement runs
 *       (confirmed or started).</li>
 *   <li>A concern is raised by the university or the district on a running placement; it notifies the other side and
 *       the central contacts with a notice that names only the district and the term, never the student or the text.
 *       Any of the three marks it handled.</li>
 * </ul>
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME, Role.DISTRICT_NAME, Role.UNIVERSITY_NAME})
public class SupportService {

    /** The statuses in which a placement is under way, and support can be arranged for it. */
    public static final Set<PlacementStatus> RUNNING = Set.of(PlacementStatus.CONFIRMED, PlacementStatus.STARTED);

    /** The meeting's date and time: the API's body field and the page's picker. */
    public static final String MEETING_AT = "meetingAt";

    /** No district or university has this id. */
    private static final Long NOTHING = -1L;

    private static final Map<String, String> SORTABLE = Map.of(
            "studentName", "r.studentName",
            "districtName", "d.name",
            "universityCode", "un.code",
            "status", "c.status",
            "raisedAt", "c.raisedAt");

    private static final String ROW = """
            SELECT NEW se.stockholm.vfu.support.ConcernRow(c.id, c.version, pl.id, r.id, t.code, r.studentName, d.name,
                   un.code, u.name, pl.status, c.text, c.status, c.raisedBy, c.raisedByRole, c.raisedAt, c.handledBy,
                   c.handledAt)
            FROM Concern c JOIN c.placement pl JOIN pl.term t JOIN pl.request r JOIN pl.district d
            JOIN pl.university un JOIN pl.offer o JOIN o.unit u""";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private NotificationService notifications;

    @Inject
    private ReadLog readLog;

    @Inject
    private Clock clock;

    /** The placement's three-way meeting, or an empty one (version -1) when none is set yet. */
    public MeetingRow meeting(long placementId) {
        Placement placement = readable(placementId);
        Meeting meeting = meetingOf(placement);
        return meeting == null ? MeetingRow.none(placement.getId()) : MeetingRow.of(meeting);
    }

    /**
     * Sets the meeting; a new one carries version -1, a change the version read. The meeting is held during the
     * placement, so its day is one of the term's VFU period (the period every placement of the term runs in; a
     * placement has no dates of its own). It may be booked before the period starts, for a day within it; the domain
     * knows no meeting before the placement begins or after it ends. A day outside was saved (1900, 2999).
     */
    public MeetingRow saveMeeting(long placementId, @NotNull @Valid MeetingForm form) {
        Placement placement = readable(placementId);
        requireRunning(placement);
        Term term = placement.getTerm();
        if (!term.includes(form.meetingAt().toLocalDate())) {
            throw new InvalidInputException(MEETING_AT, "support.error.meetingOutsidePeriod", term.getCode(),
                    term.getVfuStart(), term.getVfuEnd());
        }
        Meeting meeting = meetingOf(placement);
        if (meeting == null) {
            if (form.version() == null) {
                throw new InvalidInputException("version", "error.versionRequired");
            }
            if (form.version() != -1) {
                throw new OptimisticLockException();
            }
            meeting = new Meeting(placement);
            set(meeting, form);
            em.persist(meeting);
        } else {
            meeting.requireVersion(form.version());
            set(meeting, form);
        }
        em.flush();
        return MeetingRow.of(meeting);
    }

    private void set(Meeting meeting, MeetingForm form) {
        meeting.set(form.teacherName(), form.meetingAt(), form.place(), form.held(), currentUser.get().username(),
                clock.instant());
    }

    /** The concerns raised on one placement, newest first. */
    public List<ConcernRow> concerns(long placementId) {
        Placement placement = readable(placementId);
        List<ConcernRow> rows = em.createQuery(ROW + " WHERE pl.id = :placement ORDER BY c.raisedAt DESC, c.id DESC",
                ConcernRow.class).setParameter("placement", placement.getId()).getResultList();
        logReads(rows, "SupportService.concerns");
        return rows;
    }

    public ConcernRow concern(long id) {
        ConcernRow row = row(readableConcern(id).getId());
        logReads(List.of(row), "SupportService.concern");
        return row;
    }

    /**
     * A term's concerns in the caller's scope. Filters: {@code status} (OPEN or HANDLED), {@code district} and
     * {@code university} (ids, city-wide callers only), {@code text} (student name).
     */
    public Page<ConcernRow> find(long termId, @NotNull PageRequest page) {
        Caller caller = currentUser.get();
        Filters.Choice<ConcernStatus> status = Filters.oneOf(ConcernStatus.class, page.filter("status"));
        if (status.matchesNothing()) {
            return new Page<>(List.of(), 0);
        }
        String where = " WHERE t.id = :term AND pl.status IN :visible AND (:status IS NULL OR c.status = :status)"
                + " AND (:district IS NULL OR d.id = :district) AND (:university IS NULL OR un.id = :university)"
                + page.containsCondition("text", AnonymisedName.shownIn(page.language()), "r.studentName");
        TypedQuery<ConcernRow> rows = em.createQuery(ROW + where + page.orderBy(SORTABLE, "c.raisedAt", "c.id"),
                ConcernRow.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM Concern c JOIN c.placement pl JOIN pl.term t"
                + " JOIN pl.request r JOIN pl.district d JOIN pl.university un" + where, Long.class);
        Long district = caller.role() == Role.DISTRICT ? Objects.requireNonNullElse(caller.districtId(), NOTHING)
                : caller.isCityWide() ? Filters.id(page.filter("district")) : null;
        Long university = caller.role() == Role.UNIVERSITY ? Objects.requireNonNullElse(caller.universityId(), NOTHING)
                : caller.isCityWide() ? Filters.id(page.filter("university")) : null;
        Set<PlacementStatus> visible = caller.isCityWide() ? Set.of(PlacementStatus.values())
                : Set.copyOf(EnumSet.complementOf(EnumSet.of(PlacementStatus.PROPOSED)));
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("term", termId);
            query.setParameter("visible", visible);
            query.setParameter("status", status.value().orElse(null));
            query.setParameter("district", district);
            query.setParameter("university", university);
            page.bindContains(query, "text");
        }
        List<ConcernRow> found = rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        logReads(found, "SupportService.find");
        return new Page<>(found, count.getSingleResult());
    }

    /**
     * The university or the district raises a concern on a running placement of theirs; the other side and the
     * central contacts are told that there is one, and where, but not what it says or whom it is about.
     */
    @RolesAllowed({Role.DISTRICT_NAME, Role.UNIVERSITY_NAME})
    public ConcernRow raise(long placementId, @NotNull @Valid ConcernForm form) {
        Caller caller = currentUser.get();
        if (caller.role() != Role.DISTRICT && caller.role() != Role.UNIVERSITY) {
            throw new AccessDeniedException();
        }
        Placement placement = readable(placementId);
        requireRunning(placement);
        Concern concern = Concern.raise(placement, form.text(), caller.role(), caller.username(), clock.instant());
        em.persist(concern);
        em.flush();
        Notice notice = new Notice("notice.concernRaised.subject", "notice.concernRaised.body",
                List.of(placement.getDistrict().getName(), placement.getTerm().getCode()),
                "/support.xhtml?placement=" + placement.getId() + "&term=" + placement.getTerm().getCode());
        if (caller.role() == Role.DISTRICT) {
            notifications.notifyUniversity(placement.getUniversity().getId(), notice);
        } else {
            notifications.notifyDistrict(placement.getDistrict().getId(), notice);
        }
        notifications.notifyCentral(notice);
        return row(concern.getId());
    }

    /** Marks an open concern handled, on the version read. */
    public ConcernRow handle(long concernId, Long version) {
        Concern concern = readableConcern(concernId);
        concern.requireVersion(version);
        concern.handle(currentUser.get().username(), clock.instant());
        em.flush();
        return row(concern.getId());
    }

    private ConcernRow row(long concernId) {
        return em.createQuery(ROW + " WHERE c.id = :id", ConcernRow.class).setParameter("id", concernId)
                .getSingleResult();
    }

    private void logReads(List<ConcernRow> rows, String service) {
        if (!rows.isEmpty()) {
            readLog.placements(rows.stream().map(row -> new ReadLog.Read(row.requestId(), row.placementId())).toList(),
                    service);
        }
    }

    private Meeting meetingOf(Placement placement) {
        return em.createQuery("SELECT m FROM Meeting m WHERE m.placement = :placement", Meeting.class)
                .setParameter("placement", placement).getResultStream().findFirst().orElse(null);
    }

    private Concern readableConcern(long id) {
        Concern concern = em.find(Concern.class, id);
        if (concern == null) {
            throw new NotFoundException();
        }
        readable(concern.getPlacement().getId());
        return concern;
    }

    /** A placement the caller may read ({@link Placement#isReadableBy}, the placements' own rule); else 404. */
    private Placement readable(long placementId) {
        Placement placement = em.find(Placement.class, placementId);
        if (placement == null || !placement.isReadableBy(currentUser.get())) {
            throw new NotFoundException();
        }
        return placement;
    }

    private static void requireRunning(Placement placement) {
        if (!RUNNING.contains(placement.getStatus())) {
            throw new ConflictException(null, "support.error.notRunning");
        }
    }
}
