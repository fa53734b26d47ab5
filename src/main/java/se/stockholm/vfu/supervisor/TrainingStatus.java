package se.stockholm.vfu.supervisor;

/** Where a supervisor stands with supervisor training (handledarutbildning); the goal is that all have it or start it. */
public enum TrainingStatus {
    NONE, ENROLLED, COMPLETED
}
