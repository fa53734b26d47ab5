package se.stockholm.vfu.overview;

import java.io.Serializable;

/**
 * One term of a trend: its target, places reported, requests, students placed and placements completed. Places
 * reported is null in a university's trend: the places are not the university's (the API leaves it out). A
 * district's requests are those naming it first choice, a university's those it sent.
 */
public record TrendPoint(String termCode, int target, Long reported, long requests, long placed, long completed)
        implements Serializable {
}
