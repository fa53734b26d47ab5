package se.stockholm.vfu.network;

/** Whether an invited district or university came, recorded after the event. */
public enum Attendance {
    ATTENDED, ABSENT
}
