package se.stockholm.vfu.training;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** One course row of the report form. */
public class CourseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{field.required}")
    @Size(max = TrainingCourse.NAME_MAX, message = "{field.tooLong}")
    private String name;

    @NotNull(message = "{field.required}")
    private LocalDate startDate;

    @NotNull(message = "{field.required}")
    private LocalDate endDate;

    @Min(value = 0, message = "{field.min}")
    @Max(value = TrainingCourse.SEATS_MAX, message = "{field.maxCount}")
    private int seats;

    public CourseForm() {
    }

    public CourseForm(String name, LocalDate startDate, LocalDate endDate, int seats) {
        this.name = name;
        this.startDate = startDate;
        this.endDate = endDate;
        this.seats = seats;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public int getSeats() {
        return seats;
    }

    public void setSeats(int seats) {
        this.seats = seats;
    }
}
