package se.stockholm.vfu.datasubject;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import se.stockholm.vfu.audit.AuditEntry;
import se.stockholm.vfu.audit.AuditService;
import se.stockholm.vfu.audit.AuditedType;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.datasubject.DataSubjectExport.BookingData;
import se.stockholm.vfu.datasubject.DataSubjectExport.ConcernData;
import se.stockholm.vfu.datasubject.DataSubjectExport.EventData;
import se.stockholm.vfu.datasubject.DataSubjectExport.InquiryData;
import se.stockholm.vfu.datasubject.DataSubjectExport.MeetingData;
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
import se.stockholm.vfu.placement.PlacementStatus;
import se.stockholm.vfu.readlog.ReadLog;
import se.stockholm.vfu.readlog.ReadLogEntry;
import se.stockholm.vfu.recruitment.Candidate;
import se.stockholm.vfu.recruitment.CandidateStep;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.request.RequestDetails;
import se.stockholm.vfu.request.ShownStatus;
import se.stockholm.vfu.request.StudentRequest;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.support.Concern;
import se.stockholm.vfu.support.Meeting;
import se.stockholm.vfu.visit.Booking;

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
 * The change history (Envers) of the student's records comes from {@link AuditService}: every revision of their
 * requests, placements, inquiries, candidacies, their placements' concerns and meetings and their visit bookings,
 * with its time, the user who made it and the fields that changed. Observation-visit bookings carry no
 * request, so they are found by the student's reference at the university or by one of the requests' e-mail
 * addresses (a cancelled booking is deleted and only its history remains, which is not searched by reference).
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
    private AuditService auditService;

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
        List<InquiryData> inquiries = inquiries(requests);
        List<Long> inquiryIds = inquiries.stream().map(InquiryData::id).toList();
        List<Long> placementIds = placements.stream().map(PlacementData::id).toList();
        List<DataSubjectExport.CandidateData> candidacies = candidacies(placements);
        List<ConcernData> concerns = concerns(placementIds);
        List<BookingData> bookings = bookings(university, requests);
        List<Long> bookingIds = bookings.stream().map(BookingData::id).toList();
        List<ReadData> reads = reads(requestIds, inquiryIds, bookingIds);
        List<AuditEntry> history = new ArrayList<>(auditService.historyOf(AuditedType.STUDENT_REQUEST, requestIds));
        history.addAll(auditService.historyOf(AuditedType.PLACEMENT, placementIds));
        history.addAll(auditService.historyOf(AuditedType.INQUIRY, inquiryIds));
        history.addAll(auditService.historyOf(AuditedType.CANDIDATE,
                candidacies.stream().map(DataSubjectExport.CandidateData::id).toList()));
        history.addAll(auditService.historyOf(AuditedType.PLACEMENT_CONCERN, concerns.stream().map(ConcernData::id).toList()));
        history.addAll(auditService.historyOf(AuditedType.PLACEMENT_MEETING, meetingIds(placementIds)));
        history.addAll(auditService.historyOf(AuditedType.OBSERVATION_BOOKING, bookingIds));
        history.sort(Comparator.comparingLong(AuditEntry::revision));
        Set<Long> placed = placements.stream().filter(p -> PlacementStatus.PLACED.contains(PlacementStatus.valueOf(p.status())))
                .map(PlacementData::requestId).collect(Collectors.toSet());
        DataSubjectExport export = new DataSubjectExport(DataSubjectExport.FORMAT, clock.instant(), caller.username(),
                university.getCode(), requests.get(0).getStudentRef(),
                requests.stream().map(r -> RequestDetails.of(r, ShownStatus.of(r.getStatus(), placed.contains(r.getId()))))
                        .toList(), placements, inquiries,
                notifications(requests), reads, evaluationService.ofStudent(placementIds), candidacies,
                evaluationService.freeTextsAbout(placementIds), meetings(placementIds), concerns, bookings, history);
        List<ReadLog.Read> exported = new ArrayList<>(requestIds.stream().map(id -> new ReadLog.Read(id, null)).toList());
        placements.forEach(p -> exported.add(new ReadLog.Read(p.requestId(), p.id())));
        readLog.exported(exported, OPERATION);
        readLog.inquiriesExported(inquiries.stream().map(i -> new ReadLog.InquiryRead(i.id(), i.requestId())).toList(),
                OPERATION);
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
                        ORDER BY e.changedAt, e.id""", Tuple.class)
                .setParameter("placements", placements).getResultStream()
                .collect(Collectors.groupingBy(row -> row.get(0, Long.class), Collectors.mapping(row -> {
                    PlacementEvent e = row.get(1, PlacementEvent.class);
                    return new EventData(e.getStatus().name(), e.getPlaceOfferId(), e.getReason(), e.getChangedAt(),
                            e.getChangedBy());
                }, Collectors.toList())));
        return placements.stream().map(pl -> new PlacementData(pl.getId(), pl.getRequest().getId(),
                pl.getTerm().getCode(), pl.getDistrict().getName(), pl.getOffer().getUnit().getName(),
                pl.getOffer().getArea().getNameSv(), pl.getSupervisor() == null ? null : pl.getSupervisor().getName(),
                pl.getAchievedRank(), pl.getStatus().name(), pl.getReason(), pl.getEndedOn(), pl.getChangedAt(),
                pl.getChangedBy(), history.getOrDefault(pl.getId(), List.of()))).toList();
    }

    /**
     * The student's candidacies for trainee posts, through their placements, with every step oldest first: one query
     * for the candidates and one for all their steps.
     */
    private List<DataSubjectExport.CandidateData> candidacies(List<PlacementData> placements) {
        if (placements.isEmpty()) {
            return List.of();
        }
        List<Candidate> candidates = em.createQuery("""
                        SELECT c FROM Candidate c JOIN FETCH c.post
                        WHERE c.placement.id IN :placements ORDER BY c.id""", Candidate.class)
                .setParameter("placements", placements.stream().map(PlacementData::id).toList()).getResultList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<Long, List<DataSubjectExport.CandidateStepData>> steps = em.createQuery("""
                        SELECT s.candidate.id, s FROM CandidateStep s WHERE s.candidate IN :candidates
                        ORDER BY s.changedAt, s.id""", Tuple.class)
                .setParameter("candidates", candidates).getResultStream()
                .collect(Collectors.groupingBy(row -> row.get(0, Long.class), Collectors.mapping(row -> {
                    CandidateStep s = row.get(1, CandidateStep.class);
                    return new DataSubjectExport.CandidateStepData(s.getStatus().name(), s.getStepOn(), s.getReason(),
                            s.getChangedAt(), s.getChangedBy());
                }, Collectors.toList())));
        return candidates.stream().map(c -> new DataSubjectExport.CandidateData(c.getId(), c.getPlacement().getId(),
                c.getPost().getDistrict().getName(), c.getPost().getUnit().getName(), c.getName(), c.getEmail(),
                c.isConsentNotify(), c.getStatus().name(), c.getStatusOn(), c.getLeftReason(), c.getTraineeOn(),
                c.getHiredOn(), c.getEmploymentEndedOn(), steps.getOrDefault(c.getId(), List.of()))).toList();
    }

    /** The three-way meetings of the student's placements. */
    private List<MeetingData> meetings(List<Long> placementIds) {
        if (placementIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM Meeting m WHERE m.placement.id IN :placements ORDER BY m.meetingAt, m.id",
                        Meeting.class)
                .setParameter("placements", placementIds).getResultStream()
                .map(m -> new MeetingData(m.getPlacement().getId(), m.getTeacherName(), m.getMeetingAt(), m.getPlace(),
                        m.isHeld(), m.getChangedAt(), m.getChangedBy()))
                .toList();
    }

    /** The ids of the three-way meetings of the student's placements, for their change history. */
    private List<Long> meetingIds(List<Long> placementIds) {
        if (placementIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m.id FROM Meeting m WHERE m.placement.id IN :placements", Long.class)
                .setParameter("placements", placementIds).getResultList();
    }

    /** The concerns raised about the student's placements, with their text. */
    private List<ConcernData> concerns(List<Long> placementIds) {
        if (placementIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Concern c WHERE c.placement.id IN :placements ORDER BY c.raisedAt, c.id",
                        Concern.class)
                .setParameter("placements", placementIds).getResultStream()
                .map(c -> new ConcernData(c.getId(), c.getPlacement().getId(), c.getText(), c.getStatus().name(),
                        c.getRaisedByRole().name(), c.getRaisedBy(), c.getRaisedAt(), c.getHandledBy(),
                        c.getHandledAt()))
                .toList();
    }

    /**
     * Observation-visit bookings of the student: by their reference at the university (any case), or by one of their
     * requests' e-mail addresses.
     */
    private List<BookingData> bookings(University university, List<StudentRequest> requests) {
        Set<String> emails = emails(requests);
        return em.createQuery("""
                        SELECT b FROM Booking b JOIN FETCH b.visit JOIN FETCH b.university
                        WHERE (b.university.id = :university AND LOWER(b.studentRef) = :ref)
                        OR LOWER(b.studentEmail) IN :emails ORDER BY b.bookedAt, b.id""", Booking.class)
                .setParameter("university", university.getId())
                .setParameter("ref", requests.get(0).getStudentRef().toLowerCase(Locale.ROOT))
                .setParameter("emails", emails)
                .getResultStream()
                .map(b -> new BookingData(b.getId(), b.getVisit().getTerm().getCode(),
                        b.getVisit().getDistrict().getName(), b.getVisit().getUnit().getName(),
                        b.getVisit().getVisitDate(), b.getUniversity().getCode(), b.getStudentName(),
                        b.getStudentEmail(), b.getStudentRef(), b.getBookedAt(), b.getBookedBy()))
                .toList();
    }

    /** The requests' e-mail addresses in lower case, and "" so that an IN list is never empty. */
    private static Set<String> emails(List<StudentRequest> requests) {
        Set<String> emails = requests.stream().map(StudentRequest::getStudentEmail)
                .filter(e -> e != null && !e.isBlank()).map(e -> e.toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        emails.add("");
        return emails;
    }

    /** Inquiries that became one of the requests, or came from one of the requests' e-mail addresses. */
    private List<InquiryData> inquiries(List<StudentRequest> requests) {
        Set<String> emails = emails(requests);
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
            where.append(i == 0 ? "" : " OR ").append("LOCATE(:name").append(i).append(", n.arguments) > 0");
        }
        TypedQuery<Notification> query = em.createQuery("SELECT n FROM Notification n WHERE " + where
                + " ORDER BY n.createdAt, n.id", Notification.class);
        for (int i = 0; i < names.size(); i++) {
            query.setParameter("name" + i, jsonString(names.get(i)));
        }
        return query.getResultStream().map(n -> {
            Notice notice = n.notice();
            return new NotificationData(n.getCreatedAt(), NoticeTexts.subject(notice, NoticeTexts.SWEDISH),
                    NoticeTexts.body(notice, NoticeTexts.SWEDISH), NoticeTexts.subject(notice, Locale.ENGLISH),
                    NoticeTexts.body(notice, Locale.ENGLISH));
        }).toList();
    }

    /** Who read the requests, their placements, the student's inquiries or their visit bookings. */
    private List<ReadData> reads(List<Long> requestIds, List<Long> inquiryIds, List<Long> bookingIds) {
        TypedQuery<ReadLogEntry> query = em.createQuery("SELECT e FROM ReadLogEntry e WHERE e.requestId IN :requests"
                + (inquiryIds.isEmpty() ? "" : " OR e.inquiryId IN :inquiries")
                + (bookingIds.isEmpty() ? "" : " OR e.bookingId IN :bookings") + " ORDER BY e.readAt, e.id",
                ReadLogEntry.class).setParameter("requests", requestIds);
        if (!inquiryIds.isEmpty()) {
            query.setParameter("inquiries", inquiryIds);
        }
        if (!bookingIds.isEmpty()) {
            query.setParameter("bookings", bookingIds);
        }
        return query.getResultStream()
                .sorted(Comparator.comparing(ReadLogEntry::getReadAt).thenComparing(ReadLogEntry::getId))
                .map(e -> new ReadData(e.getReadAt(), e.getUsername(), e.getRequestId(), e.getPlacementId(),
                        e.getChannel(), e.getOperation(), e.getInquiryId(), e.getBookingId()))
                .toList();
    }

    private static String jsonString(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
