package se.stockholm.vfu.training;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** A supervisor-training course a university offered in the term: name, dates and seats. */
@Embeddable
public class TrainingCourse {

    public static final int NAME_MAX = 200;
    public static final int SEATS_MAX = 10_000;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(nullable = false)
    private int seats;

    protected TrainingCourse() {
    }

    public TrainingCourse(String name, LocalDate startDate, LocalDate endDate, int seats) {
        this.name = name;
        this.startDate = startDate;
        this.endDate = endDate;
        this.seats = seats;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public int getSeats() {
        return seats;
    }
}
