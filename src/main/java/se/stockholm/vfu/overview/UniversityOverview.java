package se.stockholm.vfu.overview;

import java.io.Serializable;
import java.util.Map;

/** A university's own view of a term: how many of its students it has asked places for, by status. */
public record UniversityOverview(long universityId, String universityCode, String universityName, String termCode,
                                 Map<String, Long> requestsByStatus) implements Serializable {

    public long requests() {
        return requestsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
