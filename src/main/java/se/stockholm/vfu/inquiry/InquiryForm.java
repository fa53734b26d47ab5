package se.stockholm.vfu.inquiry;

import se.stockholm.vfu.common.StockholmTime;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** What a district contact records about a student's direct inquiry, and where it is forwarded. */
public class InquiryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{field.required}")
    @Size(max = Inquiry.NAME_MAX, message = "{field.tooLong}")
    private String studentName;

    @NotBlank(message = "{field.required}")
    @Email(message = "{field.email}")
    @Size(max = Inquiry.EMAIL_MAX, message = "{field.tooLong}")
    private String studentEmail;

    @Size(max = Inquiry.HOME_UNIVERSITY_MAX, message = "{field.tooLong}")
    private String homeUniversity;

    @NotBlank(message = "{field.required}")
    @Size(max = Inquiry.MESSAGE_MAX, message = "{field.tooLong}")
    private String message;

    @NotNull(message = "{field.required}")
    @PastOrPresent(message = "{inquiry.receivedOn.past}")
    private LocalDate receivedOn = LocalDate.now(StockholmTime.ZONE);

    @NotNull(message = "{field.required}")
    private Long universityId;

    public String getStudentName() {
        return studentName;
    }

    public void setStudentName(String studentName) {
        this.studentName = studentName;
    }

    public String getStudentEmail() {
        return studentEmail;
    }

    public void setStudentEmail(String studentEmail) {
        this.studentEmail = studentEmail;
    }

    public String getHomeUniversity() {
        return homeUniversity;
    }

    public void setHomeUniversity(String homeUniversity) {
        this.homeUniversity = homeUniversity;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public Long getUniversityId() {
        return universityId;
    }

    public void setUniversityId(Long universityId) {
        this.universityId = universityId;
    }
}
