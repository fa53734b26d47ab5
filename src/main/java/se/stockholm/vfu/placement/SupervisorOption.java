package se.stockholm.vfu.placement;

import se.stockholm.vfu.supervisor.TrainingStatus;

/** A supervisor the district may name when confirming a placement, with the room they have left this term. */
public record SupervisorOption(long id, String name, String unitName, TrainingStatus training, int free) {

    public boolean isTrained() {
        return training == TrainingStatus.COMPLETED;
    }
}
