package se.stockholm.vfu.supervisor;

import jakarta.json.bind.annotation.JsonbProperty;

import java.io.Serializable;

/**
 * An active supervisor to choose, with the unit and training status to choose by: when a district names one on a
 * place offer, and when it confirms a placement ({@code free} is then the room they have left this term; null where
 * room is not the question).
 */
public record SupervisorChoice(long id, String name, String unitName, TrainingStatus trainingStatus, Integer free)
        implements Serializable {

    public SupervisorChoice(long id, String name, String unitName, TrainingStatus trainingStatus) {
        this(id, name, unitName, trainingStatus, null);
    }

    @JsonbProperty("trained")
    public boolean isTrained() {
        return trainingStatus == TrainingStatus.COMPLETED;
    }
}
