package se.stockholm.vfu.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.stockholm.vfu.security.PasswordPolicy;
import se.stockholm.vfu.security.Role;

import java.io.Serializable;

/** What an administrator fills in to create a user; validated at the boundary, before the service runs. */
public class UserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{user.username.required}")
    @Size(max = AppUser.USERNAME_MAX, message = "{field.tooLong}")
    @Pattern(regexp = "[a-z0-9._@-]*", message = "{user.username.pattern}")
    private String username;

    @NotBlank(message = "{field.required}")
    @Size(max = AppUser.NAME_MAX, message = "{field.tooLong}")
    private String displayName;

    @NotBlank(message = "{field.required}")
    @Email(message = "{field.email}")
    @Size(max = AppUser.EMAIL_MAX, message = "{field.tooLong}")
    private String email;

    @NotNull(message = "{field.required}")
    private Role role;

    private Long districtId;

    private Long universityId;

    @NotBlank(message = "{field.required}")
    @PasswordPolicy
    private String password;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.trim().toLowerCase();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public Long getUniversityId() {
        return universityId;
    }

    public void setUniversityId(Long universityId) {
        this.universityId = universityId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
