package se.stockholm.vfu.overview;

import java.io.Serializable;

/**
 * A district's supervisor-training coverage: of its active supervisors, how many have completed supervisor training
 * or are enrolled; and the same of the supervisors who supervise a student this term.
 */
public record TrainingCoverage(String code, String name, long supervisors, long trainedOrEnrolled, long supervising,
                               long supervisingTrainedOrEnrolled) implements Serializable {

    public int percent() {
        return percent(trainedOrEnrolled, supervisors);
    }

    public int supervisingPercent() {
        return percent(supervisingTrainedOrEnrolled, supervising);
    }

    static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) Math.round(part * 100.0 / whole);
    }
}
