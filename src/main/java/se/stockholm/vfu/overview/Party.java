package se.stockholm.vfu.overview;

import java.io.Serializable;

/** A district or university the central contact may remind (it has not reported places, or sent requests). */
public record Party(long id, String code, String name) implements Serializable {
}
