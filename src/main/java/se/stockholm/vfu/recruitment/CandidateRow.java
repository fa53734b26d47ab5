package se.stockholm.vfu.recruitment;

import jakarta.json.bind.annotation.JsonbProperty;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A candidate as the city's roles see them. A former VFU student carries their placement's term, district and
 * university; someone from outside VFU has none of them.
 */
public record CandidateRow(long id, long version, long postId, long postDistrictId, String postDistrictName,
                           String unitName, Long placementId, String name, String email, String vfuTermCode,
                           String vfuDistrictName, String universityCode, boolean consentNotify,
                           CandidateStatus status, LocalDate statusOn, String leftReason, LocalDate traineeOn,
                           LocalDate hiredOn, LocalDate employmentEndedOn, Instant changedAt, String changedBy)
        implements Serializable {

    @JsonbProperty("formerVfuStudent")
    public boolean isFormerVfuStudent() {
        return placementId != null;
    }

    @JsonbProperty("nextSteps")
    public Set<CandidateStatus> getNextSteps() {
        return status.next();
    }
}
