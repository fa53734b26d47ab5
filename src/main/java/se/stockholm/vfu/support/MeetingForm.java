package se.stockholm.vfu.support;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;

/** The three-way meeting as typed: teacher, Stockholm date and time, room or link, held; the version read (-1 new). */
public record MeetingForm(Long version,
                          @NotBlank(message = "{field.required}")
                          @Size(max = Meeting.TEACHER_MAX, message = "{field.tooLong}") String teacherName,
                          @NotNull(message = "{field.required}") LocalDateTime meetingAt,
                          @NotBlank(message = "{field.required}")
                          @Size(max = Meeting.PLACE_MAX, message = "{field.tooLong}") String place,
                          boolean held) {
}
