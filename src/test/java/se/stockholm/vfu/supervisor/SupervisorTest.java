package se.stockholm.vfu.supervisor;

import org.junit.jupiter.api.Test;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.unit.Unit;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A supervisor's training status needs the details that fit it, and each real change becomes history. */
class SupervisorTest {

    private final University su = new University("SU", "Stockholms universitet", "Stockholm University");
    private final Supervisor supervisor = new Supervisor(
            new Unit(new District("SO", "Södermalm"), new AreaOfWork("BOU", "Barn och unga", "Children"), "Enhet"),
            "Hedda", "Hedda@It.Example");

    @Test
    void startsWithNoTrainingOneStudentAndALowerCaseEmail() {
        assertThat(supervisor.getTrainingStatus()).isEqualTo(TrainingStatus.NONE);
        assertThat(supervisor.getMaxStudents()).isEqualTo(1);
        assertThat(supervisor.getEmail()).isEqualTo("hedda@it.example");
    }

    @Test
    void enrolledNeedsCourseUniversityAndStart() {
        assertThatThrownBy(() -> supervisor.changeTraining(TrainingStatus.ENROLLED, "Kurs", null,
                LocalDate.of(2031, 9, 1), null, "it-so", Instant.now()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("trainingUniversity"));
        assertThat(supervisor.getTrainingStatus()).isEqualTo(TrainingStatus.NONE);

        TrainingChange change = supervisor.changeTraining(TrainingStatus.ENROLLED, "Kurs", su,
                LocalDate.of(2031, 9, 1), LocalDate.of(2031, 12, 1), "it-so", Instant.now());
        assertThat(change.getStatus()).isEqualTo(TrainingStatus.ENROLLED);
        assertThat(change.getCompletedDate()).as("a completion date does not belong to enrolled").isNull();
    }

    @Test
    void completedNeedsADateNotBeforeTheStartAndTheSameStatusAgainIsNoChange() {
        assertThatThrownBy(() -> supervisor.changeTraining(TrainingStatus.COMPLETED, null, su,
                LocalDate.of(2031, 9, 1), LocalDate.of(2031, 8, 1), "it-so", Instant.now()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(supervisor.changeTraining(TrainingStatus.COMPLETED, null, su, null, LocalDate.of(2031, 12, 1),
                "it-so", Instant.now())).isNotNull();
        assertThat(supervisor.changeTraining(TrainingStatus.COMPLETED, null, su, null, LocalDate.of(2031, 12, 1),
                "it-so", Instant.now())).isNull();
        assertThat(supervisor.changeTraining(TrainingStatus.NONE, "ignored", su, null, null, "it-so", Instant.now())
                .getCourse()).isNull();
    }

    @Test
    void maxStudentsIsOneToTen() {
        assertThatThrownBy(() -> supervisor.setMaxStudents(0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> supervisor.setMaxStudents(Supervisor.MAX_STUDENTS + 1)).isInstanceOf(InvalidInputException.class);
        supervisor.setMaxStudents(3);
        assertThat(supervisor.getMaxStudents()).isEqualTo(3);
    }
}
