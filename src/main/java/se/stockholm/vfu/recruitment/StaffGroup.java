package se.stockholm.vfu.recruitment;

/** The two staff groups the city follows turnover for. */
public enum StaffGroup {
    /** biståndshandläggare */
    CASE_WORKER,
    /** socialsekreterare */
    SOCIAL_SECRETARY
}
