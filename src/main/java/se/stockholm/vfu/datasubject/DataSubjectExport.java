package se.stockholm.vfu.datasubject;

import se.stockholm.vfu.audit.AuditEntry;
import se.stockholm.vfu.evaluation.PlacementFreeText;
import se.stockholm.vfu.evaluation.StudentEvaluation;
import se.stockholm.vfu.readlog.Channel;
import se.stockholm.vfu.request.RequestDetails;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything stored about one student, as handed over: their requests (one per term, in full, extra support
 * included), placements with their history, the inquiries they sent to a district, the notifications that name them,
 * the read log of who saw their data, their own evaluations of their placements (invitation and answer) and the
 * supervisors' free texts about them, their candidacies for trainee posts, their placements' three-way meetings and
 * concerns, their observation-visit bookings, and the change history (who changed what when) of their requests,
 * placements, inquiries, candidacies, concerns, meetings and bookings. The JSON field names are these components' names
 * ({@code docs/data-subject-export.md} explains each in Swedish and English).
 */
public record DataSubjectExport(String format, Instant exportedAt, String exportedBy, String universityCode,
                                String studentRef, List<RequestDetails> requests, List<PlacementData> placements,
                                List<InquiryData> inquiries, List<NotificationData> notifications,
                                List<ReadData> readLog, List<StudentEvaluation> evaluations,
                                List<CandidateData> candidacies, List<PlacementFreeText> evaluationTexts,
                                List<MeetingData> meetings, List<ConcernData> concerns,
                                List<BookingData> visitBookings, List<AuditEntry> changeHistory) {

    public static final String FORMAT = "vfu-portal data-subject export 2";

    /** The three-way meeting of one of the student's placements (teacher, when in Stockholm time, where, held). */
    public record MeetingData(long placementId, String teacherName, LocalDateTime meetingAt, String place, boolean held,
                              Instant changedAt, String changedBy) {
    }

    /** A concern raised about one of the student's placements, its text, and who raised and handled it when. */
    public record ConcernData(long id, long placementId, String text, String status, String raisedByRole,
                              String raisedBy, Instant raisedAt, String handledBy, Instant handledAt) {
    }

    /**
     * A booking on an observation visit, found by the student's reference at their university or by one of their
     * requests' e-mail addresses.
     */
    public record BookingData(long id, String termCode, String districtName, String unitName, LocalDate visitDate,
                              String universityCode, String studentName, String studentEmail, String studentRef,
                              Instant bookedAt, String bookedBy) {
    }

    /** A placement of the student with its history (oldest first). */
    public record PlacementData(long id, long requestId, String termCode, String districtName, String unitName,
                                String areaOfWork, String supervisorName, int achievedRank, String status,
                                String reason, LocalDate endedOn, Instant changedAt, String changedBy,
                                List<EventData> history) {
    }

    /** One step of a placement's history. */
    public record EventData(String status, long placeOfferId, String reason, Instant changedAt, String changedBy) {
    }

    /** An inquiry the student sent to a district, found by the request it became or by the student's e-mail. */
    public record InquiryData(long id, String districtName, String universityCode, String studentName,
                              String studentEmail, String homeUniversity, String message, LocalDate receivedOn,
                              String status, Instant forwardedAt, String forwardedBy, Instant acknowledgedAt,
                              Instant closedAt, String declineReason, Long requestId) {
    }

    /** A notification to the portal's staff about the student (once, however many received it), in Swedish and English. */
    public record NotificationData(Instant createdAt, String subjectSv, String bodySv, String subjectEn,
                                   String bodyEn) {
    }

    /**
     * The student as a candidate for a trainee post (recruitment), with every step: found by their placement, the
     * reference the candidacy keeps, or their e-mail address (a candidacy from outside VFU, with no placement).
     */
    public record CandidateData(long id, Long placementId, String postDistrict, String unitName, String name,
                                String email, boolean consentNotify, String status, LocalDate statusOn,
                                String leftReason, LocalDate traineeOn, LocalDate hiredOn, LocalDate employmentEndedOn,
                                List<CandidateStepData> steps) {
    }

    /** One step of a candidacy. */
    public record CandidateStepData(String status, LocalDate on, String reason, Instant changedAt, String changedBy) {
    }

    /** Who saw the student's data (a request, a placement, an inquiry or a visit booking of theirs), when and how. */
    public record ReadData(Instant readAt, String username, Long requestId, Long placementId, Channel channel,
                           String operation, Long inquiryId, Long bookingId) {
    }
}
