package se.stockholm.vfu.place;

import java.io.Serializable;

/** A district that has no active place offer for a term yet. */
public record DistrictNotReported(long id, String code, String name) implements Serializable {
}
