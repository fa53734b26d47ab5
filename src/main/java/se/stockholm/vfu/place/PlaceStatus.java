package se.stockholm.vfu.place;

/** A reported place offer is active until the district withdraws it. */
public enum PlaceStatus {
    ACTIVE, WITHDRAWN
}
