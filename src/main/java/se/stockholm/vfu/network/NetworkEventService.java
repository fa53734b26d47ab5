package se.stockholm.vfu.network;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import se.stockholm.vfu.config.PortalSettings;
import se.stockholm.vfu.notification.Notice;
import se.stockholm.vfu.notification.NoticeTexts;
import se.stockholm.vfu.notification.NotificationService;
import se.stockholm.vfu.notification.OutgoingMail;
import se.stockholm.vfu.placement.PlacementStatus;
import se.stockholm.vfu.readlog.ReadLog;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.term.Term;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME, Role.DISTRICT_NAME, Role.UNIVERSITY_NAME})
public class NetworkEventService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(StockholmTime.ZONE);
    private static final String LINK = "/network-events.xhtml";
    private static final Set<PlacementStatus> PLACED = PlacementStatus.COMMITTED;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private NotificationService notifications;

    @Inject
    private Event<OutgoingMail> mail;

    @Inject
    private ReadLog readLog;

    @Inject
    private PortalSettings settings;

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
            followPlacements(event);
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
            followPlacements(event);
        }
        if (event.getInvitationsSentAt() != null) {
            em.flush(); // the calendar file's SEQUENCE is the version the event has once this commits
            tellInvitees(event, "notice.networkChanged");
            mailStudents(event, mailedStudents(event), "notice.introductionChanged");
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
        tellInvitees(event, "notice.networkInvitation");
        if (event.getKind() == EventKind.INTRODUCTION_DAY) {
            List<IntroductionStudent> students = placedStudents(event.getTerm().getId(), null, null);
            mailStudents(event, students, "notice.introductionInvitation");
            Set<Long> mailed = new HashSet<>(mailedRequestIds(event));
            for (IntroductionStudent student : students) {
                if (mailed.add(student.requestId())) {
                    rememberMailed(event, student.requestId());
                }
            }
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
            tellInvitees(event, "notice.networkCancelled");
            if (event.getKind() == EventKind.INTRODUCTION_DAY) {
                mailStudents(event, mailedStudents(event), "notice.introductionCancelled");
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
        List<IntroductionStudent> students = placedStudents(event.getTerm().getId(),
                caller.role() == Role.DISTRICT ? caller.districtId() : null,
                caller.role() == Role.UNIVERSITY ? caller.universityId() : null);
        readLog.placements(students.stream().map(s -> new ReadLog.Read(s.requestId(), s.placementId())).toList(),
                "NetworkEventService.students");
        return students;
    }

    /** The event as an iCalendar file, for anyone who may read it. */
    public String calendar(long id) {
        NetworkEvent e = readable(id);
        return Calendar.of(entry(e), host());
    }

    /** Attended / invited per district and university and year, for events that have begun (central contact only). */
    @RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public List<AttendanceTable.Line> attendance() {
        List<Object[]> found = em.createQuery("""
                SELECT d.name, un.code, e.startsAt, i.attendance FROM EventInvitee i JOIN i.event e
                LEFT JOIN i.district d LEFT JOIN i.university un WHERE e.startsAt <= :now""", Object[].class)
                .setParameter("now", clock.instant()).getResultList();
        List<AttendanceTable.Mark> marks = new ArrayList<>();
        for (Object[] r : found) {
            boolean district = r[0] != null;
            marks.add(new AttendanceTable.Mark(district ? (String) r[0] : (String) r[1], district,
                    ((Instant) r[2]).atZone(StockholmTime.ZONE).getYear(), (Attendance) r[3]));
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
        days.forEach(this::followPlacements);
    }

    private void followPlacements(NetworkEvent event) {
        List<IntroductionStudent> students = placedStudents(event.getTerm().getId(), null, null);
        Set<String> codes = students.stream().map(IntroductionStudent::universityCode).collect(Collectors.toSet());
        List<University> universities = codes.isEmpty() ? List.of() : em.createQuery(
                "SELECT u FROM University u WHERE u.code IN :codes", University.class)
                .setParameter("codes", codes).getResultList();
        event.addInvitees(List.of(), universities);
        if (event.getInvitationsSentAt() == null || event.getId() == null) {
            return;
        }
        Set<Long> mailed = new HashSet<>(mailedRequestIds(event));
        Set<Long> placed = students.stream().map(IntroductionStudent::requestId).collect(Collectors.toSet());
        List<IntroductionStudent> added = students.stream().filter(s -> !mailed.contains(s.requestId())).toList();
        List<Long> removed = mailed.stream().filter(r -> !placed.contains(r)).toList();
        mailStudents(event, added, "notice.introductionInvitation");
        added.forEach(s -> rememberMailed(event, s.requestId()));
        if (!removed.isEmpty()) {
            mailStudents(event, studentsByRequest(removed), "notice.introductionWithdrawn");
            em.createNativeQuery("DELETE FROM network_event_student_mail WHERE event_id = ?1 AND request_id IN (?2)")
                    .setParameter(1, event.getId()).setParameter(2, removed).executeUpdate();
        }
        if (!added.isEmpty() || !removed.isEmpty()) {
            Notice notice = new Notice("notice.introductionListChanged.subject", "notice.introductionListChanged.body",
                    List.of(event.getTitle(), event.getTerm().getCode(), Integer.toString(added.size()),
                            Integer.toString(removed.size()), Integer.toString(students.size())), LINK);
            notifications.notifyCentral(notice);
        }
    }

    private List<IntroductionStudent> placedStudents(long termId, Long districtId, Long universityId) {
        return em.createQuery("""
                SELECT NEW se.stockholm.vfu.network.IntroductionStudent(r.id, p.id, r.studentName, r.studentEmail,
                       un.code, d.name)
                FROM Placement p JOIN p.request r JOIN p.university un JOIN p.district d
                WHERE p.term.id = :term AND p.status IN :placed
                AND (:district IS NULL OR d.id = :district) AND (:university IS NULL OR un.id = :university)
                ORDER BY un.code, r.studentName, r.id""", IntroductionStudent.class)
                .setParameter("term", termId).setParameter("placed", PLACED)
                .setParameter("district", districtId).setParameter("university", universityId).getResultList();
    }

    private List<IntroductionStudent> mailedStudents(NetworkEvent event) {
        List<Long> ids = mailedRequestIds(event);
        return ids.isEmpty() ? List.of() : studentsByRequest(ids);
    }

    private List<IntroductionStudent> studentsByRequest(List<Long> requestIds) {
        return em.createQuery("""
                SELECT NEW se.stockholm.vfu.network.IntroductionStudent(r.id, 0L, r.studentName, r.studentEmail,
                       un.code, '')
                FROM StudentRequest r JOIN r.university un WHERE r.id IN :ids""", IntroductionStudent.class)
                .setParameter("ids", requestIds).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Long> mailedRequestIds(NetworkEvent event) {
        List<Number> ids = em.createNativeQuery("SELECT request_id FROM network_event_student_mail WHERE event_id = ?1")
                .setParameter(1, event.getId()).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private void rememberMailed(NetworkEvent event, long requestId) {
        em.createNativeQuery("INSERT INTO network_event_student_mail (event_id, request_id) VALUES (?1, ?2)")
                .setParameter(1, event.getId()).setParameter(2, requestId).executeUpdate();
    }

    /**
     * In-app notice and mail to every invited district's contacts and university's coordinators; the mail carries
     * the event's calendar file (the same as the download), except when it is cancelled.
     */
    private void tellInvitees(NetworkEvent event, String key) {
        Notice notice = new Notice(key + ".subject", key + ".body", arguments(event), LINK);
        OutgoingMail.Attachment ics = "notice.networkCancelled".equals(key) ? null : calendarFile(event);
        for (EventInvitee invitee : event.getInvitees()) {
            if (invitee.getDistrict() != null) {
                notifications.notifyDistrict(invitee.getDistrict().getId(), notice, ics);
            } else {
                notifications.notifyUniversity(invitee.getUniversity().getId(), notice, ics);
            }
        }
    }

    /** The event's .ics, named as the download names it. */
    private OutgoingMail.Attachment calendarFile(NetworkEvent event) {
        return new OutgoingMail.Attachment("vfu-event-" + event.getId() + ".ics", Calendar.CONTENT_TYPE,
                Calendar.of(entry(event), host()));
    }

    /**
     * Students have no account, only the e-mail address of their request: they get the mail alone, with the day's
     * time and place in the text and its calendar file attached. The log names only the notice (recipient id 0).
     */
    private void mailStudents(NetworkEvent event, List<IntroductionStudent> students, String key) {
        if (students.isEmpty()) {
            return;
        }
        Notice notice = new Notice(key + ".subject", key + ".body", arguments(event), null);
        String subject = NoticeTexts.subject(notice, NoticeTexts.SWEDISH);
        String body = NoticeTexts.body(notice, NoticeTexts.SWEDISH) + "\n\n-- "
                + NoticeTexts.text(NoticeTexts.SWEDISH, "notification.mail.english", List.of()) + " --\n\n"
                + NoticeTexts.subject(notice, Locale.ENGLISH) + "\n\n" + NoticeTexts.body(notice, Locale.ENGLISH) + "\n";
        Set<String> addresses = new LinkedHashSet<>();
        List<OutgoingMail.Message> messages = new ArrayList<>();
        for (IntroductionStudent student : students) {
            if (student.studentEmail() != null && addresses.add(student.studentEmail())) {
                messages.add(new OutgoingMail.Message(0L, student.studentEmail(), subject, body));
            }
        }
        boolean stillInvited = !key.endsWith("Withdrawn") && !key.endsWith("Cancelled");
        mail.fire(new OutgoingMail(notice.subjectKey(), messages, stillInvited ? calendarFile(event) : null));
    }

    private List<String> arguments(NetworkEvent e) {
        String where = e.getPlace() == null ? "" : e.getPlace();
        String link = e.getLink() == null ? "" : e.getLink();
        return List.of(e.getTitle(), WHEN.format(e.getStartsAt()), WHEN.format(e.getEndsAt()).substring(11), where,
                link, e.getTerm() == null ? "" : e.getTerm().getCode(), e.getAgenda() == null ? "" : e.getAgenda());
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

    private Calendar.Entry entry(NetworkEvent e) {
        return new Calendar.Entry(e.getId(), e.getVersion(), e.getTitle(), e.getStartsAt(), e.getEndsAt(),
                e.getPlace(), e.getLink(), e.getAgenda(), e.getChangedAt());
    }

    private String host() {
        String host = URI.create(settings.portalUrl()).getHost();
        return host == null ? "vfu-portalen" : host;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
