package se.stockholm.vfu.network;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A document with its versions, newest first, and (for the central contact) who it is shared with. */
public record DocumentRow(long id, String title, String description, List<String> sharedWith,
                          List<Long> districtIds, List<Long> universityIds, List<VersionRow> versions, long version)
        implements Serializable {

    /** One uploaded file of the document. */
    public record VersionRow(int number, String fileName, String contentType, long sizeBytes, Instant uploadedAt,
                             String uploadedBy) implements Serializable {
    }

    public String sharedWithText() {
        return String.join(", ", sharedWith);
    }

    public VersionRow newest() {
        return versions.isEmpty() ? null : versions.get(0);
    }
}
