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
import se.stockholm.vfu.datasubject.DataSubjectExport.NotificationData;
import se.stockholm.vfu.datasubject.DataSubjectExport.PlacementData;
import se.stockholm.vfu.datasubject.DataSubjectExport.ReadData;
import se.stockholm.vfu.evaluation.EvaluationService;
import se.stockholm.vfu.notification.Notice;
import se.stockholm.vfu.notification.NoticeTexts;
import se.stockholm.vfu.notification.Notification;
import se.stockholm.vfu.placement.Placement;
import se.stockholm.vfu.placement.PlacementEvent;
import se.stockholm.vfu.placement.PlacementStatus;
import se.stockholm.vfu.readlog.ReadLog;
import se.stockholm.vfu.readlog.ReadLogEntry;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.request.RequestDetails;
import se.stockholm.vfu.request.ShownStatus;
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
 * and so is what hangs on those requests. Records are found by ids and exact identifiers (reference, e-mail address),
 * never by name: two students may share one. A trainee-post candidacy keeps the reference of its placement's student,
 * so it is found after retention has anonymised the request (the candidacy has a limit of its own). Only the central
 * contact and the administrator may export; the export itself is written to the read log (channel EXPORT). Reads are
 * batched: one query per kind of record (related rows such as a placement's unit come by the persistence unit's batch
 * fetching).
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

    @Inject
    private RecordsBesideRequests beside;

    @Inject
    private PlacementRecords placementRecords;

    /**
     * The export for the student with {@code studentRef} at the university, optionally limited to one term (its code).
     * Not found when nothing is stored under that reference at the university: no request, candidacy or visit booking.
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
        String ref = studentRef.trim().toLowerCase(Locale.ROOT);
        TypedQuery<StudentRequest> query = em.createQuery("""
                SELECT r FROM StudentRequest r JOIN r.term t
                WHERE r.university.id = :university AND LOWER(r.studentRef) = :ref"""
                + (oneTerm ? " AND t.code = :term" : "") + " ORDER BY t.vfuStart, r.id", StudentRequest.class)
                .setParameter("university", universityId)
                .setParameter("ref", ref);
        if (oneTerm) {
            query.setParameter("term", termCode.trim());
        }
        List<StudentRequest> requests = query.getResultList();
        List<Long> requestIds = requests.stream().map(StudentRequest::getId).toList();
        List<PlacementData> placements = placements(requestIds);
        List<InquiryData> inquiries = beside.inquiries(requests);
        List<Long> inquiryIds = inquiries.stream().map(InquiryData::id).toList();
        List<Long> placementIds = placements.stream().map(PlacementData::id).toList();
        List<DataSubjectExport.CandidateData> candidacies = beside.candidacies(universityId, ref, oneTerm ? termCode.trim() : null,
                placementIds, requests);
        List<ConcernData> concerns = placementRecords.concerns(placementIds);
        List<BookingData> bookings = beside.bookings(universityId, ref, requests);
        if (requests.isEmpty() && candidacies.isEmpty() && bookings.isEmpty()) {
            throw new NotFoundException();
        }
        List<Long> bookingIds = bookings.stream().map(BookingData::id).toList();
        // a candidacy's placement may be of a request no longer found by the reference (anonymised by retention)
        List<ReadLog.Read> candidacyPlacements = beside.placementsOf(candidacies);
        Set<Long> aboutRequests = new LinkedHashSet<>(requestIds);
        candidacyPlacements.forEach(read -> aboutRequests.add(read.requestId()));
        List<ReadData> reads = reads(List.copyOf(aboutRequests), inquiryIds, bookingIds);
        List<AuditEntry> history = new ArrayList<>(auditService.historyOf(AuditedType.STUDENT_REQUEST, requestIds));
        history.addAll(auditService.historyOf(AuditedType.PLACEMENT, placementIds));
        history.addAll(auditService.historyOf(AuditedType.INQUIRY, inquiryIds));
        history.addAll(auditService.historyOf(AuditedType.CANDIDATE,
                candidacies.stream().map(DataSubjectExport.CandidateData::id).toList()));
        history.addAll(auditService.historyOf(AuditedType.PLACEMENT_CONCERN, concerns.stream().map(ConcernData::id).toList()));
        history.addAll(auditService.historyOf(AuditedType.PLACEMENT_MEETING, placementRecords.meetingIds(placementIds)));
        history.addAll(auditService.historyOf(AuditedType.OBSERVATION_BOOKING, bookingIds));
        history.sort(Comparator.comparingLong(AuditEntry::revision));
        Set<Long> placed = placements.stream().filter(p -> PlacementStatus.PLACED.contains(PlacementStatus.valueOf(p.status())))
                .map(PlacementData::requestId).collect(Collectors.toSet());
        DataSubjectExport export = new DataSubjectExport(DataSubjectExport.FORMAT, clock.instant(), caller.username(),
                university.getCode(), requests.isEmpty() ? studentRef.trim() : requests.get(0).getStudentRef(),
                requests.stream().map(r -> RequestDetails.of(r, ShownStatus.of(r.getStatus(), placed.contains(r.getId()))))
                        .toList(), placements, inquiries,
                notifications(aboutRequests), reads, evaluationService.ofStudent(placementIds), candidacies,
                evaluationService.freeTextsAbout(placementIds), placementRecords.meetings(placementIds), concerns, bookings, history);
        List<ReadLog.Read> exported = new ArrayList<>(requestIds.stream().map(id -> new ReadLog.Read(id, null)).toList());
        placements.forEach(p -> exported.add(new ReadLog.Read(p.requestId(), p.id())));
        candidacyPlacements.stream().filter(read -> !placementIds.contains(read.placementId())).forEach(exported::add);
        readLog.exported(exported, OPERATION);
        readLog.inquiriesExported(inquiries.stream().map(i -> new ReadLog.InquiryRead(i.id(), i.requestId())).toList(),
                OPERATION);
        return export;
    }

    private List<PlacementData> placements(List<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return List.of();
        }
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
     * The notices about the student: those created about one of their requests (by its id, never by the name in the
     * arguments), once each however many staff members received it (who they were is left out). Notices created before
     * they carried the request's id are not found (README, known issues).
     */
    private List<NotificationData> notifications(Set<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT n FROM Notification n WHERE n.requestId IN :requests ORDER BY n.createdAt, n.id",
                        Notification.class)
                .setParameter("requests", requestIds).getResultStream()
                // one row per recipient, all with the same notice and moment
                .map(n -> Map.entry(n.notice(), n.getCreatedAt())).distinct()
                .map(sent -> {
                    Notice notice = sent.getKey();
                    return new NotificationData(sent.getValue(), NoticeTexts.subject(notice, NoticeTexts.SWEDISH),
                            NoticeTexts.body(notice, NoticeTexts.SWEDISH), NoticeTexts.subject(notice, Locale.ENGLISH),
                            NoticeTexts.body(notice, Locale.ENGLISH));
                }).toList();
    }

    /**
     * Who read the requests (those of the candidacies' placements too), their placements, the student's inquiries or
     * their visit bookings.
     */
    private List<ReadData> reads(List<Long> requestIds, List<Long> inquiryIds, List<Long> bookingIds) {
        TypedQuery<ReadLogEntry> query = em.createQuery("SELECT e FROM ReadLogEntry e WHERE e.requestId IN :requests"
                + (inquiryIds.isEmpty() ? "" : " OR e.inquiryId IN :inquiries")
                + (bookingIds.isEmpty() ? "" : " OR e.bookingId IN :bookings") + " ORDER BY e.readAt, e.id",
                // -1: no request has it, and an IN list is never empty
                ReadLogEntry.class).setParameter("requests", requestIds.isEmpty() ? List.of(-1L) : requestIds);
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
}
