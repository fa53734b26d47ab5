package se.stockholm.vfu.support;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new concern's short text. */
public record ConcernForm(@NotBlank(message = "{field.required}") @Size(max = Concern.TEXT_MAX, message = "{field.tooLong}") String text) {
}
