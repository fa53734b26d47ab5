package se.stockholm.vfu.datasubject;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.datasubject.DataSubjectExport.EventData;
import se.stockholm.vfu.datasubject.DataSubjectExport.InquiryData;
import se.stockholm.vfu.datasubject.DataSubjectExport.NotificationData;
import se.stockholm.vfu.datasubject.DataSubjectExport.PlacementData;
import se.stockholm.vfu.datasubject.DataSubjectExport.ReadData;
import se.stockholm.vfu.evaluation.EvaluationService;
import se.stockholm.vfu.inquiry.Inquiry;
import se.stockholm.vfu.notification.Notice;
import se.stockholm.vfu.notification.NoticeTexts;
import se.stockholm.vfu.notification.Notification;
import se.stockholm.vfu.placement.Placement;
import se.stockholm.vfu.placement.PlacementEvent;
import se.stockholm.vfu.readlog.ReadLog;
import se.stockholm.vfu.recruitment.Candidate;
import se.stockholm.vfu.recruitment.CandidateStep;
import se.stockholm.vfu.readlog.ReadLogEntry;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.request.RequestDetails;
import se.stockholm.vfu.request.StudentRequest;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Collects everything stored about one student for a data-subject export. A student is a university's student
 * reference: every request with that reference at that university (any term, or the one term asked for) is theirs,
 * and so is what hangs on those requests. Only the central contact and the administrator may export; the export
 * itself is written to the read log (channel EXPORT). Reads are batched: one query per kind of record (related rows
 * such as a placement's unit come by the persistence unit's batch fetching).
 * <p>
 * Change history (Envers) is not part of this branch; when it is, its rows for these requests and placements belong
 * here too.
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
public class DataSubjectService {

    public static final String OPERATION = "data-subject export";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ReadLog readLog;

    @Inject
    private EvaluationService evaluationService;

    @Inject
    private Clock clock;

    /**
     * The export for the student with {@code studentRef} at the university, optionally limited to one term (its code).
     * Not found when the university has no request with that reference.
     */
    public DataSubjectExport export(Long universityId, String studentRef, String termCode) {
        Caller caller = currentUser.get();
        caller.requireCityWide();
        if (universityId == null) {
            throw new InvalidInputException("university", "subjectExport.error.university");
        }
        if (studentRef == null || studentRef.isBlank()) {
            throw new InvalidInputException("studentRef", "subjectExport.error.studentRef");
        }
        University university = em.find(University.class, universityId);
        if (university == null) {
            throw new NotFoundException();
        }
        boolean oneTerm = termCode != null && !termCode.isBlank();
        TypedQuery<StudentRequest> query = em.createQuery("""
                SELECT r FROM StudentRequest r JOIN r.term t
                WHERE r.university.id = :university AND LOWER(r.studentRef) = :ref"""
                + (oneTerm ? " AND t.code = :term" : "") + " ORDER BY t.vfuStart, r.id", StudentRequest.class)
                .setParameter("university", universityId)
                .setParameter("ref", studentRef.trim().toLowerCase(Locale.ROOT));
        if (oneTerm) {
            query.setParameter("term", termCode.trim());
        }
        List<StudentRequest> requests = query.getResultList();
        if (requests.isEmpty()) {
            throw new NotFoundException();
        }
        List<Long> requestIds = requests.stream().map(StudentRequest::getId).toList();
        List<PlacementData> placements = placements(requestIds);
        List<ReadData> reads = reads(requestIds);
        DataSubjectExport export = new DataSubjectExport(DataSubjectExport.FORMAT, clock.instant(), caller.username(),
                university.getCode(), requests.get(0).getStudentRef(),
                requests.stream().map(RequestDetails::of).toList(), placements, inquiries(requests),
                notifications(requests), reads,
                evaluationService.ofStudent(placements.stream().map(PlacementData::id).toList()),
                candidacies(placements));
        List<ReadLog.Read> exported = new ArrayList<>(requestIds.stream().map(id -> new ReadLog.Read(id, null)).toList());
        placements.forEach(p -> exported.add(new ReadLog.Read(p.requestId(), p.id())));
        readLog.exported(exported, OPERATION);
        return export;
    }

    private List<PlacementData> placements(List<Long> requestIds) {
        List<Placement> placements = em.createQuery("""
                        SELECT pl FROM Placement pl JOIN FETCH pl.term JOIN FETCH pl.district JOIN FETCH pl.offer
                        LEFT JOIN FETCH pl.supervisor
                        WHERE pl.request.id IN :requests ORDER BY pl.changedAt, pl.id""", Placement.class)
                .setParameter("requests", requestIds).getResultList();
        if (placements.isEmpty()) {
            return List.of();
        }
        Map<Long, List<EventData>> history = em.createQuery("""
                        SELECT e.placement.id, e FROM PlacementEvent e WHERE e.placement IN :placements
                        ORDER BY e.changedAt, e.id""", Object[].class)
                .setParameter("placements", placements).getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(row -> {
                    PlacementEvent e = (PlacementEvent) row[1];
                    return new EventData(e.getStatus().name(), e.getPlaceOfferId(), e.getReason(), e.getChangedAt(),
                            e.getChangedBy());
                }, Collectors.toList())));
        return placements.stream().map(pl -> new PlacementData(pl.getId(), pl.getRequest().getId(),
                pl.getTerm().getCode(), pl.getDistrict().getName(), pl.getOffer().getUnit().getName(),
                pl.getOffer().getArea().getNameSv(), pl.getSupervisor() == null ? null : pl.getSupervisor().getName(),
                pl.getAchievedRank(), pl.getStatus().name(), pl.getReason(), pl.getEndedOn(), pl.getChangedAt(),
                pl.getChangedBy(), history.getOrDefault(pl.getId(), List.of()))).toList();
    }

    /** The student's candidacies for trainee posts, through their placements, with every step oldest first. */
    private List<DataSubjectExport.CandidateData> candidacies(List<PlacementData> placements) {
        if (placements.isEmpty()) {
            return List.of();
        }
        List<Candidate> candidates = em.createQuery("""
                        SELECT c FROM Candidate c JOIN FETCH c.post
                        WHERE c.placement.id IN :placements ORDER BY c.id""", Candidate.class)
                .setParameter("placements", placements.stream().map(PlacementData::id).toList()).getResultList();
        return candidates.stream().map(c -> new DataSubjectExport.CandidateData(c.getId(), c.getPlacement().getId(),
                c.getPost().getDistrict().getName(), c.getPost().getUnit().getName(), c.getName(), c.getEmail(),
                c.isConsentNotify(), c.getStatus().name(), c.getStatusOn(), c.getLeftReason(), c.getTraineeOn(),
                c.getHiredOn(), c.getEmploymentEndedOn(), em.createQuery("""
                        SELECT s FROM CandidateStep s WHERE s.candidate = :c ORDER BY s.changedAt, s.id""",
                        CandidateStep.class).setParameter("c", c).getResultStream()
                .map(s -> new DataSubjectExport.CandidateStepData(s.getStatus().name(), s.getStepOn(), s.getReason(),
                        s.getChangedAt(), s.getChangedBy())).toList())).toList();
    }

    /** Inquiries that became one of the requests, or came from one of the requests' e-mail addresses. */
    private List<InquiryData> inquiries(List<StudentRequest> requests) {
        Set<String> emails = requests.stream().map(StudentRequest::getStudentEmail)
                .filter(e -> e != null && !e.isBlank()).map(e -> e.toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        emails.add("");
        return em.createQuery("""
                        SELECT i FROM Inquiry i JOIN FETCH i.district JOIN FETCH i.university
                        WHERE i.requestId IN :requests OR LOWER(i.studentEmail) IN :emails
                        ORDER BY i.receivedOn, i.id""", Inquiry.class)
                .setParameter("requests", requests.stream().map(StudentRequest::getId).toList())
                .setParameter("emails", emails)
                .getResultStream()
                .map(i -> new InquiryData(i.getId(), i.getDistrict().getName(), i.getUniversity().getCode(),
                        i.getStudentName(), i.getStudentEmail(), i.getHomeUniversity(), i.getMessage(),
                        i.getReceivedOn(), i.getStatus().name(), i.getForwardedAt(), i.getForwardedBy(),
                        i.getAcknowledgedAt(), i.getClosedAt(), i.getDeclineReason(), i.getRequestId()))
                .toList();
    }

    /**
     * Notifications whose arguments name the student (their name as one JSON string of the arguments). The staff
     * member it was sent to is left out. Another student with exactly the same name would be found too.
     */
    private List<NotificationData> notifications(List<StudentRequest> requests) {
        List<String> names = requests.stream().map(StudentRequest::getStudentName).filter(n -> n != null && !n.isBlank())
                .distinct().toList();
        if (names.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            where.append(i == 0 ? "" : " OR ").append("n.arguments LIKE :name").append(i).append(" ESCAPE '!'");
        }
        TypedQuery<Notification> query = em.createQuery("SELECT n FROM Notification n WHERE " + where
                + " ORDER BY n.createdAt, n.id", Notification.class);
        for (int i = 0; i < names.size(); i++) {
            query.setParameter("name" + i, "%" + likeLiteral(jsonString(names.get(i))) + "%");
        }
        return query.getResultStream().map(n -> {
            Notice notice = n.notice();
            return new NotificationData(n.getCreatedAt(), NoticeTexts.subject(notice, NoticeTexts.SWEDISH),
                    NoticeTexts.body(notice, NoticeTexts.SWEDISH), NoticeTexts.subject(notice, Locale.ENGLISH),
                    NoticeTexts.body(notice, Locale.ENGLISH));
        }).toList();
    }

    private List<ReadData> reads(List<Long> requestIds) {
        return em.createQuery("SELECT e FROM ReadLogEntry e WHERE e.requestId IN :requests ORDER BY e.readAt, e.id",
                        ReadLogEntry.class)
                .setParameter("requests", requestIds).getResultStream()
                .sorted(Comparator.comparing(ReadLogEntry::getReadAt).thenComparing(ReadLogEntry::getId))
                .map(e -> new ReadData(e.getReadAt(), e.getUsername(), e.getRequestId(), e.getPlacementId(),
                        e.getChannel(), e.getOperation()))
                .toList();
    }

    private static String jsonString(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String likeLiteral(String value) {
        char escape = PageRequest.LIKE_ESCAPE;
        return value.replace(String.valueOf(escape), "" + escape + escape).replace("%", escape + "%")
                .replace("_", escape + "_");
    }
}
