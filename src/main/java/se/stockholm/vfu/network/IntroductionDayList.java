package se.stockholm.vfu.network;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.common.JpqlLiterals;
import se.stockholm.vfu.notification.Notice;
import se.stockholm.vfu.notification.NotificationService;
import se.stockholm.vfu.placement.PlacementStatus;
import se.stockholm.vfu.reference.University;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An introduction day's students, computed from the term's placements when read (published or later, with their
 * universities), and the one thing stored about them: which requests were mailed the invitation
 * ({@code network_event_student_mail}), so that a change of the placements mails only the students it concerns.
 * Part of {@link NetworkEventService}, in its transaction; it checks no roles itself.
 */
@Dependent
class IntroductionDayList {

    private static final String PLACED = JpqlLiterals.of(PlacementStatus.COMMITTED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private NotificationService notifications;

    @Inject
    private EventMail eventMail;

    /** Mails the invitation to every placed student and remembers who was mailed (sending again mails again). */
    void invite(NetworkEvent event) {
        List<IntroductionStudent> students = placedStudents(event.getTerm().getId(), null, null);
        eventMail.mailStudents(event, students, "notice.introductionInvitation");
        Set<Long> mailed = new HashSet<>(mailedRequestIds(event));
        for (IntroductionStudent student : students) {
            if (mailed.add(student.requestId())) {
                rememberMailed(event, student.requestId());
            }
        }
    }

    /**
     * The term's placed students' universities are invited; once invitations are sent, new students get the
     * invitation, students no longer placed are told, and the central contact gets a notice of the change.
     */
    void follow(NetworkEvent event) {
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
        eventMail.mailStudents(event, added, "notice.introductionInvitation");
        added.forEach(s -> rememberMailed(event, s.requestId()));
        if (!removed.isEmpty()) {
            eventMail.mailStudents(event, studentsByRequest(removed), "notice.introductionWithdrawn");
            em.createNativeQuery("DELETE FROM network_event_student_mail WHERE event_id = ?1 AND request_id IN (?2)")
                    .setParameter(1, event.getId()).setParameter(2, removed).executeUpdate();
        }
        if (!added.isEmpty() || !removed.isEmpty()) {
            Notice notice = new Notice("notice.introductionListChanged.subject", "notice.introductionListChanged.body",
                    List.of(event.getTitle(), event.getTerm().getCode(), Integer.toString(added.size()),
                            Integer.toString(removed.size()), Integer.toString(students.size())), EventMail.LINK);
            notifications.notifyCentral(notice);
        }
    }

    /** The term's students placed (published or later), optionally only a district's or a university's. */
    List<IntroductionStudent> placedStudents(long termId, Long districtId, Long universityId) {
        return em.createQuery("""
                SELECT NEW se.stockholm.vfu.network.IntroductionStudent(r.id, p.id, r.studentName, r.studentEmail,
                       un.code, d.name)
                FROM Placement p JOIN p.request r JOIN p.university un JOIN p.district d
                WHERE p.term.id = :term AND p.status IN %s
                AND (:district IS NULL OR d.id = :district) AND (:university IS NULL OR un.id = :university)
                ORDER BY un.code, r.studentName, r.id""".formatted(PLACED), IntroductionStudent.class)
                .setParameter("term", termId)
                .setParameter("district", districtId).setParameter("university", universityId).getResultList();
    }

    /** The students who were mailed the invitation. */
    List<IntroductionStudent> mailedStudents(NetworkEvent event) {
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
}
