package se.stockholm.vfu.visit;

import java.time.Instant;
import java.time.LocalDate;

/** A booking on a visit, as the booking university, the visit's district and the central contact see it. */
public record BookingRow(long id, long version, long visitId, LocalDate visitDate, String districtName,
                         String unitName, String universityCode, String studentName, String studentEmail,
                         String studentRef, String bookedBy, Instant bookedAt) {
}
