package se.stockholm.vfu.supervisor;

import java.io.Serializable;
import java.time.LocalDate;

/** A supervisor as lists, forms and the API show it, read in one query with unit, district and training provider. */
public record SupervisorRow(long id, long version, long districtId, String districtName, long unitId, String unitName,
                            String name, String email, String title, int maxStudents, boolean active,
                            TrainingStatus trainingStatus, String trainingCourse, Long trainingUniversityId,
                            String trainingUniversityCode, LocalDate trainingStart, LocalDate trainingCompleted)
        implements Serializable {
}
