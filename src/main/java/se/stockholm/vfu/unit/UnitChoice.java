package se.stockholm.vfu.unit;

import java.io.Serializable;

/** An active unit to choose in a form (a supervisor's unit, a place's unit), with its usual area of work. */
public record UnitChoice(long id, String name, long areaId) implements Serializable {
}
