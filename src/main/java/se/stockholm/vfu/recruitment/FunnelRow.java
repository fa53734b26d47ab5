package se.stockholm.vfu.recruitment;

import java.io.Serializable;

/**
 * The funnel of one cohort (the term of the placement) for one group: the whole city ({@code CITY}), a district of
 * VFU ({@code DISTRICT}) or a university ({@code UNIVERSITY}).
 */
public record FunnelRow(String cohort, String groupType, String groupName, FunnelCell students, FunnelCell trainees,
                        FunnelCell hires, FunnelCell retained12) implements Serializable {

    public static final String CITY = "CITY";
    public static final String DISTRICT = "DISTRICT";
    public static final String UNIVERSITY = "UNIVERSITY";
}
