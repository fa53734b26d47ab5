package se.stockholm.vfu.training;

import se.stockholm.vfu.common.StockholmTime;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A university's supervisor-training report as pages and the API show it; {@code submitted} is false until saved
 * once, and {@code version} is the one a change must carry ({@link TrainingReport#NEW_VERSION} until saved once).
 */
public record TrainingReportView(long version, String termCode, long universityId, String universityCode, String universityName,
                                 boolean submitted, List<Course> courses, int staffOffered, int staffNotGivenPlace,
                                 String evaluationSummary, Instant updatedAt, String updatedBy) implements Serializable {

    /** A course in the report. */
    public record Course(String name, LocalDate startDate, LocalDate endDate, int seats) implements Serializable {
    }

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(StockholmTime.ZONE);

    /** When the report was last saved, in Stockholm time to the minute; empty if never. */
    public String updatedAtText() {
        return updatedAt == null ? "" : MINUTES.format(updatedAt);
    }

    public int seatsOffered() {
        return courses.stream().mapToInt(Course::seats).sum();
    }
}
