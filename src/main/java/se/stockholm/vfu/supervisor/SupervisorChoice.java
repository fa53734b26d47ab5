package se.stockholm.vfu.supervisor;

import java.io.Serializable;

/** An active supervisor to name on a place offer, with the unit and training status to choose by. */
public record SupervisorChoice(long id, String name, String unitName, TrainingStatus trainingStatus)
        implements Serializable {
}
