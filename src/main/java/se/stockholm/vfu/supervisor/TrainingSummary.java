package se.stockholm.vfu.supervisor;

import java.io.Serializable;

/**
 * How many of a district's (or the city's) active supervisors have completed or started supervisor training;
 * the goal is all of them.
 */
public record TrainingSummary(long active, long enrolled, long completed) implements Serializable {

    public long trainedOrEnrolled() {
        return enrolled + completed;
    }

    /** Whole percent of active supervisors trained or enrolled; 100 when there are none. */
    public int percent() {
        return active == 0 ? 100 : (int) (trainedOrEnrolled() * 100 / active);
    }
}
