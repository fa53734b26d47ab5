package se.stockholm.vfu.support;

/** A state change that carries only the version the client read. */
public record VersionBody(Long version) {
}
