package se.stockholm.vfu.supervisor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.stockholm.vfu.common.BaseEntity;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.unit.Unit;

import java.util.Objects;

/** A staff member who supervises students (handledare), in one unit, with their supervisor-training status. */
@Entity
@Table(name = "supervisor")
public class Supervisor extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(length = 120)
    private String title;

    @Column(name = "max_students", nullable = false)
    private int maxStudents = 1;

    @Enumerated(EnumType.STRING)
    @Column(name = "training_status", nullable = false, length = 16)
    private TrainingStatus trainingStatus = TrainingStatus.NONE;

    @Column(nullable = false)
    private boolean active = true;

    protected Supervisor() {
    }

    public Supervisor(Unit unit, String name, String email) {
        this.unit = Objects.requireNonNull(unit);
        this.name = Objects.requireNonNull(name);
        this.email = Objects.requireNonNull(email);
    }

    public void setMaxStudents(int maxStudents) {
        if (maxStudents < 1) {
            throw new InvalidInputException("maxStudents", "supervisor.error.maxStudents");
        }
        this.maxStudents = maxStudents;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public void changeTrainingStatus(TrainingStatus trainingStatus) {
        this.trainingStatus = Objects.requireNonNull(trainingStatus);
    }

    public Unit getUnit() {
        return unit;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getTitle() {
        return title;
    }

    public int getMaxStudents() {
        return maxStudents;
    }

    public TrainingStatus getTrainingStatus() {
        return trainingStatus;
    }

    public boolean isActive() {
        return active;
    }
}
