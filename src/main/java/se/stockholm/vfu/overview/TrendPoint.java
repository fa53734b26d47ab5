package se.stockholm.vfu.overview;

import java.io.Serializable;

/** One term of a trend: its target, places reported, requests, students placed and placements completed. */
public record TrendPoint(String termCode, int target, long reported, long requests, long placed, long completed)
        implements Serializable {
}
