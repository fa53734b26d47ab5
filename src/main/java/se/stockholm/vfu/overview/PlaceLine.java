package se.stockholm.vfu.overview;

import se.stockholm.vfu.place.PlaceStatus;
import se.stockholm.vfu.supervisor.TrainingStatus;

import java.io.Serializable;

/** A place offer as a district sees it on its landing page. */
public record PlaceLine(long offerId, String unitName, String areaCode, String areaNameSv, String areaNameEn,
                        int places, String supervisorName, TrainingStatus supervisorTraining, PlaceStatus status)
        implements Serializable {
}
