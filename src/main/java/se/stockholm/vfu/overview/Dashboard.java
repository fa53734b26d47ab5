package se.stockholm.vfu.overview;

import java.io.Serializable;
import java.util.List;

/**
 * Everything a landing page's dashboard shows for one term, in one scope: the city (central contact), a district
 * (beside the city's total) or a university (its own students).
 *
 * @param scope         {@code CITY}, {@code DISTRICT} or {@code UNIVERSITY}
 * @param scopeCode     the district's or university's code; null for the city
 * @param scopeName     the district's or university's (Swedish) name; null for the city: a page names a university in
 *                      its language by the code ({@code ReferenceLists.universityName})
 * @param ceiling       the most students the term's places allow (city only; null elsewhere)
 * @param pipeline      the scope's pipeline
 * @param cityPipeline  the city's pipeline beside a district's; null for the other scopes
 * @param notReported   districts without places in the term (city only)
 * @param noRequests    universities without requests in the term (city only)
 * @param trend         the scope's figures over the terms up to this one
 * @param cityTrend     the city's trend beside a district's; empty for the other scopes
 */
public record Dashboard(String termCode, String termStatus, String scope, String scopeCode, String scopeName,
                        int target, Integer ceiling, Pipeline pipeline, Pipeline cityPipeline, List<Deadline> deadlines,
                        List<Todo> todos, List<Party> notReported, List<Party> noRequests, List<Breakdown> byDistrict,
                        List<Breakdown> byUniversity, List<Breakdown> byArea, List<TrainingCoverage> training,
                        List<TrendPoint> trend, List<TrendPoint> cityTrend) implements Serializable {

    public static final String CITY = "CITY";
    public static final String DISTRICT = "DISTRICT";
    public static final String UNIVERSITY = "UNIVERSITY";

    /** Share of the target placed, in whole percent, capped at 100 for a progress bar. */
    public int percentPlaced() {
        return target == 0 ? 100 : (int) Math.min(100, pipeline.placed() * 100 / target);
    }

    public int percentReported() {
        return target == 0 ? 100 : (int) Math.min(100, pipeline.reported() * 100 / target);
    }
}
