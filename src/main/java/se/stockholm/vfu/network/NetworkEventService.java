package se.stockholm.vfu.network;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.stockholm.vfu.common.ConflictException;
import se.stockholm.vfu.common.Filters;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.readlog.ReadLog;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.term.Term;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The network's events. The central contact creates and edits them, sends the invitations and records attendance;
 * district contacts and university coordinators read the events their district or university is invited to, and
 * nothing else (another's is "not found"). Every read applies the caller's scope in the query.
 * <p>
 * <b>The introduction day's students are computed when read</b>: the term's placements that are published or later
 * (offered, confirmed, started, completed), with their universities. Nothing about a student is stored with the
 * event except, once invitations are sent, which requests were mailed ({@code network_event_student_mail}). When a
 * placement changes ({@link IntroductionDayFollower}, after the change commits) the list is compared with the mailed
 * ones: new students get the invitation, students no longer placed are told, and their universities get a notice.
 * That list is kept by {@link IntroductionDayList}; what invitees and students are told, and the calendar file, by
 * {@link EventMail}. Both act inside this service's calls, which check the roles and the caller's scope.
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME, Role.DISTRICT_NAME, Role.UNIVERSITY_NAME})
public class NetworkEventService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ReadLog readLog;

    @Inject
    private EventMail eventMail;

    @Inject
    private IntroductionDayList introductionDay;

    @Inject
    private Clock clock;

    /** The caller's events, newest first; filters {@code kind} and {@code upcoming=true}. */
    public Page<EventRow> find(@NotNull PageRequest page) {
        Caller caller = currentUser.get();
        Filters.Choice<EventKind> kind = Filters.oneOf(EventKind.class, page.filter("kind"));
        if (kind.matchesNothing()) {
            return Page.empty();
        }
        String where = " WHERE (:kind IS NULL OR e.kind = :kind) AND (:from IS NULL OR e.endsAt >= :from)"
                + " AND (:all = TRUE OR EXISTS (SELECT i FROM EventInvitee i WHERE i.event = e"
                + " AND (i.district.id = :district OR i.university.id = :university)))";
        TypedQuery<NetworkEvent> rows = em.createQuery("SELECT e FROM NetworkEvent e" + where
                + page.orderBy(Map.of("startsAt", "e.startsAt", "title", "e.title"), "e.startsAt", "e.id"),
                NetworkEvent.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM NetworkEvent e" + where, Long.class);
        boolean upcoming = "true".equalsIgnoreCase(page.filter("upcoming"));
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("kind", kind.orNull());
            query.setParameter("from", upcoming ? clock.instant() : null);
            query.setParameter("all", caller.isCityWide());
            query.setParameter("district", caller.role() == Role.DISTRICT ? caller.districtId() : -1L);
            query.setParameter("university", caller.role() == Role.UNIVERSITY ? caller.universityId() : -1L);
        }
        List<EventRow> found = rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList().stream()
                .map(e -> row(e, caller)).toList();
        return new Page<>(found, count.getSingleResult());
    }

    public EventRow get(long id) {
        return row(readable(id), currentUser.get());
    }

    @RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public long create(@NotNull @Valid EventForm form) {
        Caller caller = currentUser.get();
        Term term = null;
        if (form.getKind() == EventKind.INTRODUCTION_DAY) {
            term = form.getTermId() == null ? null : em.find(Term.class, form.getTermId());
            if (term == null) {
                throw new InvalidInputException("termId", "network.error.termRequired");
            }
            boolean exists = em.createQuery("SELECT COUNT(e) FROM NetworkEvent e WHERE e.term = :term"
                    + " AND e.kind = :kind", Long.class).setParameter("term", term)
                    .setParameter("kind", EventKind.INTRODUCTION_DAY).getSingleResult() > 0;
            if (exists) {
                throw new ConflictException("termId", "network.error.introductionExists", term.getCode());
            }
        }
        NetworkEvent event = new NetworkEvent(form.getKind(), term, caller.username(), clock.instant());
        apply(event, form, caller);
        em.persist(event);
        if (event.getKind() == EventKind.INTRODUCTION_DAY) {
            introductionDay.follow(event);
        }
        em.flush();
        return event.getId();
    }

    /** Saves the central contact's edit on the version read; once invited, everyone invited is told of the change. */
    @RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public EventRow update(long id, @NotNull @Valid EventForm form) {
        Caller caller = currentUser.get();
        NetworkEvent event = find(id);
        event.requireVersion(form.getVersion());
        apply(event, form, caller);
        if (event.getKind() == EventKind.INTRODUCTION_DAY) {
            introductionDay.follow(event);
        }
        if (event.getInvitationsSentAt() != null) {
            em.flush(); // the calendar file's SEQUENCE is the version the event has once this commits
            eventMail.tellInvitees(event, "notice.networkChanged");
            eventMail.mailStudents(event, introductionDay.mailedStudents(event), "notice.introductionChanged");
        }
        return changed(event);
    }

    /** Invites by notice and mail: every invited district's contacts and university's coordinators, and for an
     * introduction day every placed student. Sending again sends again (e.g. after a mistake in the mail). */
    @RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public EventRow sendInvitations(long id) {
        NetworkEvent event = find(id);
        event.invitationsSent(clock.instant());
        em.flush(); // the calendar file's SEQUENCE is the version the event has once this commits
        eventMail.tellInvitees(event, "notice.networkInvitation");
        if (event.getKind() == EventKind.INTRODUCTION_DAY) {
            introductionDay.invite(event);
        }
        return changed(event);
    }

    @RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public EventRow recordAttendance(long id, @NotNull AttendanceForm form) {
        NetworkEvent event = find(id);
        event.requireVersion(form.version());
        String by = currentUser.get().username();
        Instant now = clock.instant();
        if (form.marks() != null) {
            form.marks().forEach(mark -> event.recordAttendance(mark.inviteeId(), mark.attendance(), by, now));
        }
        return changed(event);
    }

    @RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public EventRow attachMinutes(long id, Long documentId) {
        NetworkEvent event = find(id);
        NetworkDocument document = documentId == null ? null : em.find(NetworkDocument.class, documentId);
        if (documentId != null && document == null) {
            throw new InvalidInputException("minutes", "network.error.noSuchDocument");
        }
        event.attachMinutes(document, currentUser.get().username(), clock.instant());
        return changed(event);
    }

    /** The changed event as its row, with the version it has once the change commits. */
    private EventRow changed(NetworkEvent event) {
        em.flush();
        return row(event, currentUser.get());
    }

    /**
     * Deletes an event (central contact only). One where anyone is recorded as having attended is refused: attendance
     * is the follow-up of who comes over the years and must not disappear with a meeting; record it as absent first
     * if it was a mistake. If its invitations went out and it has not ended, it is cancelled for those invited: their
     * districts and universities get a notice and mail, and an introduction day's mailed students a mail. Its
     * invitees (and the list of mailed students) go with it; the change history keeps its last values.
     */
    @RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public void delete(long id) {
        currentUser.get().requireCityWide();
        NetworkEvent event = find(id);
        long attended = event.getInvitees().stream().filter(i -> i.getAttendance() == Attendance.ATTENDED).count();
        if (attended > 0) {
            throw new ConflictException(null, "network.error.deleteAttended", attended);
        }
        if (event.getInvitationsSentAt() != null && event.getEndsAt().isAfter(clock.instant())) {
            eventMail.tellInvitees(event, "notice.networkCancelled");
            if (event.getKind() == EventKind.INTRODUCTION_DAY) {
                eventMail.mailStudents(event, introductionDay.mailedStudents(event), "notice.introductionCancelled");
            }
        }
        em.remove(event);
        em.flush();
    }

    /**
     * The introduction day's students: all for the central contact, a university's own students, the students placed
     * in a district; each shown student is written to the read log.
     */
    public List<IntroductionStudent> students(long id) {
        NetworkEvent event = readable(id);
        if (event.getKind() != EventKind.INTRODUCTION_DAY) {
            return List.of();
        }
        Caller caller = currentUser.get();
        List<IntroductionStudent> students = introductionDay.placedStudents(event.getTerm().getId(),
                caller.role() == Role.DISTRICT ? caller.districtId() : null,
                caller.role() == Role.UNIVERSITY ? caller.universityId() : null);
        readLog.placements(students.stream().map(s -> new ReadLog.Read(s.requestId(), s.placementId())).toList(),
                "NetworkEventService.students");
        return students;
    }

    /** The event as an iCalendar file, for anyone who may read it. */
    public String calendar(long id) {
        NetworkEvent e = readable(id);
        return eventMail.calendar(e);
    }

    /** Attended / invited per district and university and year, for events that have begun (central contact only). */
    @RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public List<AttendanceTable.Line> attendance() {
        List<Tuple> found = em.createQuery("""
                SELECT d.name, un.code, e.startsAt, i.attendance FROM EventInvitee i JOIN i.event e
                LEFT JOIN i.district d LEFT JOIN i.university un WHERE e.startsAt <= :now""", Tuple.class)
                .setParameter("now", clock.instant()).getResultList();
        List<AttendanceTable.Mark> marks = new ArrayList<>();
        for (Tuple r : found) {
            String district = r.get(0, String.class);
            marks.add(new AttendanceTable.Mark(district != null ? district : r.get(1, String.class), district != null,
                    r.get(2, Instant.class).atZone(StockholmTime.ZONE).getYear(), r.get(3, Attendance.class)));
        }
        return AttendanceTable.of(marks);
    }

    /**
     * After a placement of the term changed (committed): the introduction days of the term that lie ahead invite the
     * universities of its students, and once invitations are sent, new students are invited and removed ones told.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void placementsChanged(String termCode) {
        List<NetworkEvent> days = em.createQuery("SELECT e FROM NetworkEvent e WHERE e.kind = :kind"
                + " AND e.term.code = :term AND e.endsAt >= :now", NetworkEvent.class)
                .setParameter("kind", EventKind.INTRODUCTION_DAY).setParameter("term", termCode)
                .setParameter("now", clock.instant()).getResultList();
        days.forEach(introductionDay::follow);
    }

    private void apply(NetworkEvent event, EventForm form, Caller caller) {
        Instant start = form.getDate().atTime(form.getStartTime()).atZone(StockholmTime.ZONE).toInstant();
        Instant end = form.getDate().atTime(form.getEndTime()).atZone(StockholmTime.ZONE).toInstant();
        event.describe(form.getTitle().trim(), start, end, blankToNull(form.getPlace()), blankToNull(form.getLink()),
                blankToNull(form.getAgenda()), caller.username(), clock.instant());
        List<District> districts = form.isAllDistricts()
                ? em.createQuery("SELECT d FROM District d WHERE d.active = TRUE ORDER BY d.name", District.class)
                        .getResultList()
                : byIds(District.class, form.getDistrictIds());
        List<University> universities = form.isAllUniversities()
                ? em.createQuery("SELECT u FROM University u WHERE u.active = TRUE ORDER BY u.code", University.class)
                        .getResultList()
                : byIds(University.class, form.getUniversityIds());
        if (districts.isEmpty() && universities.isEmpty() && event.getKind() != EventKind.INTRODUCTION_DAY) {
            throw new InvalidInputException("invitees", "network.error.noInvitees");
        }
        event.invite(districts, universities);
    }

    private <T> List<T> byIds(Class<T> type, List<Long> ids) {
        List<T> found = new ArrayList<>();
        for (Long id : ids == null ? List.<Long>of() : ids) {
            T entity = id == null ? null : em.find(type, id);
            if (entity == null) {
                throw new InvalidInputException("invitees", "network.error.noSuchInvitee");
            }
            found.add(entity);
        }
        return found;
    }

    /** An event the caller may read: the central contact any, others only those they are invited to. */
    private NetworkEvent readable(long id) {
        NetworkEvent event = find(id);
        Caller caller = currentUser.get();
        boolean may = caller.isCityWide()
                || caller.role() == Role.DISTRICT && event.invites(caller.districtId(), null)
                || caller.role() == Role.UNIVERSITY && event.invites(null, caller.universityId());
        if (!may) {
            throw new NotFoundException();
        }
        return event;
    }

    private NetworkEvent find(long id) {
        NetworkEvent event = em.find(NetworkEvent.class, id);
        if (event == null) {
            throw new NotFoundException();
        }
        return event;
    }

    private static EventRow row(NetworkEvent e, Caller caller) {
        List<EventRow.InviteeRow> invitees = e.getInvitees().stream().map(i -> new EventRow.InviteeRow(i.getId(),
                i.getDistrict() == null ? null : i.getDistrict().getId(),
                i.getUniversity() == null ? null : i.getUniversity().getId(),
                i.getDistrict() != null ? i.getDistrict().getName() : i.getUniversity().getCode(),
                caller.isCityWide() ? i.getAttendance() : null)).toList();
        NetworkDocument minutes = e.getMinutes();
        return new EventRow(e.getId(), e.getKind(), e.getTitle(), e.getStartsAt(), e.getEndsAt(), e.getPlace(),
                e.getLink(), e.getAgenda(), e.getTerm() == null ? null : e.getTerm().getCode(),
                minutes == null ? null : minutes.getId(), minutes == null ? null : minutes.getTitle(),
                e.getInvitationsSentAt(), invitees, e.getVersion());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
