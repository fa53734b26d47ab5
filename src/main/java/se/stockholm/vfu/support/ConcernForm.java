package se.stockholm.vfu.support;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new concern's short text. */
public record ConcernForm(@NotBlank @Size(max = Concern.TEXT_MAX) String text) {
}
