package se.stockholm.vfu.inquiry;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** An inquiry as lists show it, to the district that forwarded it and the university that received it. */
public record InquiryRow(long id, String districtName, String studentName, String studentEmail, String homeUniversity,
                         String message, LocalDate receivedOn, String universityCode, InquiryStatus status,
                         Instant forwardedAt, Instant acknowledgedAt, String declineReason, Long requestId,
                         long daysToAcknowledge) implements Serializable {
}
