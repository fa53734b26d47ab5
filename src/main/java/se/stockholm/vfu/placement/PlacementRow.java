package se.stockholm.vfu.placement;

import jakarta.json.bind.annotation.JsonbProperty;

import se.stockholm.vfu.supervisor.TrainingStatus;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One placement as lists show it. The extra-support flag is filled only for the central contact and the student's
 * own university: a district sees that it has a student, not why the student may need support. {@code achievedRank} is
 * the preference the place meets, 0 outside the student's preferences or when the student had none
 * ({@code noPreference}).
 */
public record PlacementRow(long id, long version, String termCode, long requestId, String studentName,
                           String studentEmail, String universityCode, Boolean extraSupport, int achievedRank,
                           boolean noPreference,
                           long offerId, long districtId, String districtName, String unitName, String areaNameSv,
                           String areaNameEn, Long supervisorId, String supervisorName, TrainingStatus supervisorTraining,
                           PlacementStatus status, boolean locked, boolean movedByHand, String reason,
                           LocalDate endedOn, Instant changedAt, String changedBy) {

    /** The same row without the extra-support flag, for callers who may not see it. */
    public PlacementRow withoutSupport() {
        return new PlacementRow(id, version, termCode, requestId, studentName, studentEmail, universityCode, null,
                achievedRank, noPreference, offerId, districtId, districtName, unitName, areaNameSv, areaNameEn, supervisorId,
                supervisorName, supervisorTraining, status, locked, movedByHand, reason, endedOn, changedAt, changedBy);
    }

    @JsonbProperty("supervisorTrained")
    public boolean isSupervisorTrained() {
        return supervisorTraining == TrainingStatus.COMPLETED;
    }
}
