package se.stockholm.vfu.visit;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** A student booked on a visit: a name (and e-mail address) or the university's reference, at least one of them. */
public record BookingForm(@Size(max = Booking.NAME_MAX) String studentName,
                          @Email @Size(max = Booking.EMAIL_MAX) String studentEmail,
                          @Size(max = Booking.REF_MAX) String studentRef) {
}
