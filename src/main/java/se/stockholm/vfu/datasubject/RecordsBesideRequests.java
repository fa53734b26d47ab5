package se.stockholm.vfu.datasubject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import se.stockholm.vfu.datasubject.DataSubjectExport.BookingData;
import se.stockholm.vfu.datasubject.DataSubjectExport.InquiryData;
import se.stockholm.vfu.inquiry.Inquiry;
import se.stockholm.vfu.readlog.ReadLog;
import se.stockholm.vfu.recruitment.Candidate;
import se.stockholm.vfu.recruitment.CandidateStep;
import se.stockholm.vfu.request.StudentRequest;
import se.stockholm.vfu.visit.Booking;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A data-subject export's records of the student that do not hang on their requests: trainee-post candidacies,
 * observation-visit bookings and inquiries, found by the student's reference at the university, their requests'
 * e-mail addresses or ids, never by name. Called in {@link DataSubjectService}'s transaction, which checks the role.
 */
@ApplicationScoped
class RecordsBesideRequests {

    @PersistenceContext
    private EntityManager em;

    /**
     * The student's candidacies for trainee posts, with every step oldest first: one query for the candidates and one
     * for all their steps. A candidacy is theirs through one of their placements, by the reference it keeps of a
     * placement at the university (its request may be anonymised), or by one of their requests' e-mail addresses (a
     * candidate from outside VFU); for one term, only those of a placement in that term.
     */
    List<DataSubjectExport.CandidateData> candidacies(long universityId, String ref, String termCode,
                                                              List<Long> placementIds, List<StudentRequest> requests) {
        TypedQuery<Candidate> query = em.createQuery("""
                        SELECT c FROM Candidate c JOIN FETCH c.post LEFT JOIN c.placement pl
                        WHERE (pl.id IN :placements OR (pl.university.id = :university AND LOWER(c.studentRef) = :ref)
                        OR LOWER(c.email) IN :emails)""" + (termCode == null ? "" : " AND pl.term.code = :term")
                        + " ORDER BY c.id", Candidate.class)
                // -1: no placement has it, and an IN list is never empty
                .setParameter("placements", placementIds.isEmpty() ? List.of(-1L) : placementIds)
                .setParameter("university", universityId).setParameter("ref", ref)
                .setParameter("emails", emails(requests));
        if (termCode != null) {
            query.setParameter("term", termCode);
        }
        List<Candidate> candidates = query.getResultList();
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
        return candidates.stream().map(c -> new DataSubjectExport.CandidateData(c.getId(),
                c.getPlacement() == null ? null : c.getPlacement().getId(),
                c.getPost().getDistrict().getName(), c.getPost().getUnit().getName(), c.getName(), c.getEmail(),
                c.isConsentNotify(), c.getStatus().name(), c.getStatusOn(), c.getLeftReason(), c.getTraineeOn(),
                c.getHiredOn(), c.getEmploymentEndedOn(), steps.getOrDefault(c.getId(), List.of()))).toList();
    }

    /** The request and placement of each candidacy that has a placement, for the read log and the notifications. */
    List<ReadLog.Read> placementsOf(List<DataSubjectExport.CandidateData> candidacies) {
        List<Long> placementIds = candidacies.stream().map(DataSubjectExport.CandidateData::placementId)
                .filter(Objects::nonNull).distinct().toList();
        if (placementIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT pl.request.id, pl.id FROM Placement pl WHERE pl.id IN :ids ORDER BY pl.id",
                        Tuple.class).setParameter("ids", placementIds).getResultStream()
                .map(row -> new ReadLog.Read(row.get(0, Long.class), row.get(1, Long.class))).toList();
    }

    /**
     * Observation-visit bookings of the student: by their reference at the university (any case), or by one of their
     * requests' e-mail addresses.
     */
    List<BookingData> bookings(long universityId, String ref, List<StudentRequest> requests) {
        Set<String> emails = emails(requests);
        return em.createQuery("""
                        SELECT b FROM Booking b JOIN FETCH b.visit JOIN FETCH b.university
                        WHERE (b.university.id = :university AND LOWER(b.studentRef) = :ref)
                        OR LOWER(b.studentEmail) IN :emails ORDER BY b.bookedAt, b.id""", Booking.class)
                .setParameter("university", universityId)
                .setParameter("ref", ref)
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
    List<InquiryData> inquiries(List<StudentRequest> requests) {
        if (requests.isEmpty()) {
            return List.of();
        }
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
}
