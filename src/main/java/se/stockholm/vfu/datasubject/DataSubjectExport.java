package se.stockholm.vfu.datasubject;

import se.stockholm.vfu.evaluation.StudentEvaluation;
import se.stockholm.vfu.readlog.Channel;
import se.stockholm.vfu.request.RequestDetails;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything stored about one student, as handed over: their requests (one per term, in full, extra support
 * included), placements with their history, the inquiries they sent to a district, the notifications that name them,
 * the read log of who saw their data and their own evaluations of their placements (invitation and answer). The JSON
 * field names are these components' names
 * ({@code docs/data-subject-export.md} explains each in Swedish and English).
 */
public record DataSubjectExport(String format, Instant exportedAt, String exportedBy, String universityCode,
                                String studentRef, List<RequestDetails> requests, List<PlacementData> placements,
                                List<InquiryData> inquiries, List<NotificationData> notifications,
                                List<ReadData> readLog, List<StudentEvaluation> evaluations,
                                List<CandidateData> candidacies) {

    public static final String FORMAT = "vfu-portal data-subject export 1";

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

    /** A notification to the portal's staff that names the student, in Swedish and English. */
    public record NotificationData(Instant createdAt, String subjectSv, String bodySv, String subjectEn,
                                   String bodyEn) {
    }

    /** The student as a candidate for a trainee post (recruitment), found by their placement, with every step. */
    public record CandidateData(long id, long placementId, String postDistrict, String unitName, String name,
                                String email, boolean consentNotify, String status, LocalDate statusOn,
                                String leftReason, LocalDate traineeOn, LocalDate hiredOn, LocalDate employmentEndedOn,
                                List<CandidateStepData> steps) {
    }

    /** One step of a candidacy. */
    public record CandidateStepData(String status, LocalDate on, String reason, Instant changedAt, String changedBy) {
    }

    /** Who saw the student's data, when and how. */
    public record ReadData(Instant readAt, String username, long requestId, Long placementId, Channel channel,
                           String operation) {
    }
}
