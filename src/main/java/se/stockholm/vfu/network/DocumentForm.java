package se.stockholm.vfu.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A document's title, description and who it is shared with; {@code version} is the one read (edits only). */
public class DocumentForm extends AudienceForm {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{field.required}")
    @Size(max = NetworkDocument.TITLE_MAX, message = "{field.tooLong}")
    private String title;

    @Size(max = NetworkDocument.DESCRIPTION_MAX, message = "{field.tooLong}")
    private String description;

    private Long version;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
