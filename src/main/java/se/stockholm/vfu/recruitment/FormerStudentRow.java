package se.stockholm.vfu.recruitment;

import java.io.Serializable;
import java.time.LocalDate;

/** A completed placement a former VFU student can be added to a post from. */
public record FormerStudentRow(long placementId, long requestId, String studentName, String universityCode,
                               String termCode, String districtName, String unitName, LocalDate endedOn)
        implements Serializable {
}
