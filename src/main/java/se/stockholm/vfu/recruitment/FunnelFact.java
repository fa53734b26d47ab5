package se.stockholm.vfu.recruitment;

import java.time.LocalDate;

/**
 * One completed VFU placement and how far its student came in the city's recruitment: a trainee (or hired without a
 * traineeship), hired permanently, and hired with an employment still running 12 months after the hire; or
 * {@code retentionPending}: hired, still employed, and the 12 months not over yet, so whether they stay is not known.
 */
public record FunnelFact(String cohort, LocalDate cohortStart, long districtId, String districtName, long universityId,
                         String universityCode, boolean trainee, boolean hired, boolean retained12,
                         boolean retentionPending) {
}
