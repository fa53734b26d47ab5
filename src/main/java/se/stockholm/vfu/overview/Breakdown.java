package se.stockholm.vfu.overview;

import java.io.Serializable;

/**
 * One line of a breakdown (a district, a university or an area of work, or the city's total): places reported,
 * requests, students placed (confirmed or later) and placements completed. A figure that does not apply (places
 * reported by a university, requests by an area of work, anything the caller's scope does not show) is null, and
 * the API leaves it out; the city's total has id 0.
 */
public record Breakdown(long id, String code, String name, Long reported, Long requests, long placed, long completed)
        implements Serializable {

    public static final String CITY = "CITY";

    public boolean city() {
        return CITY.equals(code);
    }
}
