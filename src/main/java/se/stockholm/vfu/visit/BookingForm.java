package se.stockholm.vfu.visit;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** A student booked on a visit: a name (and e-mail address) or the university's reference, at least one of them. */
public record BookingForm(@Size(max = Booking.NAME_MAX, message = "{field.tooLong}") String studentName,
                          @Email(message = "{field.email}") @Size(max = Booking.EMAIL_MAX, message = "{field.tooLong}") String studentEmail,
                          @Size(max = Booking.REF_MAX, message = "{field.tooLong}") String studentRef) {
}
