package se.stockholm.vfu.visit;

import java.io.Serializable;

/** A unit a visit can be offered at, with its district's name for the central contact's list. */
public record UnitChoice(long id, String name, String districtName) implements Serializable {
}
