package se.stockholm.vfu.recruitment;

import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A candidate's next step as asked for: on the version read, to a status, on a date, with a reason for "left". */
public record StepForm(Long version, CandidateStatus status, LocalDate date,
                       @Size(max = Candidate.REASON_MAX, message = "{field.tooLong}") String reason) {
}
