package se.stockholm.vfu.term;

/** The two terms of the Swedish academic year: HT (hösttermin, autumn) and VT (vårtermin, spring). */
public enum Season {
    HT, VT
}
