package se.stockholm.vfu.recruitment;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * A new candidate on a post: a former VFU student by their placement ({@code placementId}; name and e-mail come
 * from the placement; another district's former student also by their full name in {@code name}, as they were found),
 * or someone from outside VFU by name and e-mail. {@code consentNotify}: the student agreed that
 * the district of their VFU is told when they apply to another district's post.
 */
public class CandidateForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long placementId;
    @Size(max = Candidate.NAME_MAX, message = "{field.tooLong}")
    private String name;
    @Email(message = "{field.email}")
    @Size(max = Candidate.EMAIL_MAX, message = "{field.tooLong}")
    private String email;
    private boolean consentNotify;

    public Long getPlacementId() {
        return placementId;
    }

    public void setPlacementId(Long placementId) {
        this.placementId = placementId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isConsentNotify() {
        return consentNotify;
    }

    public void setConsentNotify(boolean consentNotify) {
        this.consentNotify = consentNotify;
    }
}
