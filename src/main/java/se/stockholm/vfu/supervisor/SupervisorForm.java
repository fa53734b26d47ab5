package se.stockholm.vfu.supervisor;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * A supervisor's details as the district contact fills them in, on the page or as the API's JSON body;
 * the training status has its own form ({@link TrainingForm}) because each change of it is history.
 */
public class SupervisorForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long version;

    @NotNull(message = "{field.required}")
    private Long unitId;

    @NotBlank(message = "{field.required}")
    @Size(max = Supervisor.NAME_MAX, message = "{field.tooLong}")
    private String name;

    @NotBlank(message = "{field.required}")
    @Email(message = "{field.email}")
    @Size(max = Supervisor.EMAIL_MAX, message = "{field.tooLong}")
    private String email;

    @Size(max = Supervisor.TITLE_MAX, message = "{field.tooLong}")
    private String title;

    @NotNull(message = "{field.required}")
    @Min(value = 1, message = "{district.supervisor.maxStudentsMin}")
    @Max(value = Supervisor.MAX_STUDENTS, message = "{district.supervisor.maxStudentsMax}")
    private Integer maxStudents = 1;

    public static SupervisorForm of(SupervisorRow row) {
        SupervisorForm form = new SupervisorForm();
        form.version = row.version();
        form.unitId = row.unitId();
        form.name = row.name();
        form.email = row.email();
        form.title = row.title();
        form.maxStudents = row.maxStudents();
        return form;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getMaxStudents() {
        return maxStudents;
    }

    public void setMaxStudents(Integer maxStudents) {
        this.maxStudents = maxStudents;
    }
}
