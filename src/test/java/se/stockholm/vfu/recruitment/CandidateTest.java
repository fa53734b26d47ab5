package se.stockholm.vfu.recruitment;

import org.junit.jupiter.api.Test;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.unit.Unit;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A candidate's steps: which may follow which, dates in order, a reason for "left", the dates the funnel reads. */
class CandidateTest {

    private static final Instant NOW = Instant.parse("2051-06-01T10:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2051, 1, 10);

    private static Candidate candidate() throws Exception {
        District district = new District("SO", "Södermalm");
        Field id = se.stockholm.vfu.common.BaseEntity.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(district, 1L);
        AreaOfWork area = new AreaOfWork("BOU", "Barn och unga", "Children and youth");
        TraineePost post = new TraineePost(district, new Unit(district, area, "Enhet"), area, DAY, DAY.plusMonths(6), 2,
                PostStatus.OPEN, "t", NOW);
        return new Candidate(post, null, "Test Person", null, false, DAY, "t", NOW);
    }

    @Test
    void aCandidateGoesAlongTheLineToAHireWithTheDatesKept() throws Exception {
        Candidate c = candidate();
        c.moveTo(CandidateStatus.APPLIED, DAY.plusDays(1), null, "t", NOW);
        c.moveTo(CandidateStatus.INTERVIEWED, DAY.plusDays(5), null, "t", NOW);
        c.moveTo(CandidateStatus.TRAINEE, DAY.plusDays(30), null, "t", NOW);
        c.moveTo(CandidateStatus.HIRED, DAY.plusDays(300), null, "t", NOW);
        assertThat(c.getTraineeOn()).isEqualTo(DAY.plusDays(30));
        assertThat(c.getHiredOn()).isEqualTo(DAY.plusDays(300));
        c.moveTo(CandidateStatus.LEFT, DAY.plusDays(400), "Flyttade", "t", NOW);
        assertThat(c.getEmploymentEndedOn()).as("leaving after a hire ends the employment").isEqualTo(DAY.plusDays(400));
        assertThat(c.getLeftReason()).isEqualTo("Flyttade");
    }

    @Test
    void stepsOutOfOrderOrBackwardsInTimeAreRefused() throws Exception {
        Candidate c = candidate();
        assertThatThrownBy(() -> c.moveTo(CandidateStatus.LEFT, DAY, "x", "t", NOW))
                .as("only a trainee or a hire can leave").isInstanceOf(InvalidInputException.class);
        c.moveTo(CandidateStatus.INTERVIEWED, DAY.plusDays(3), null, "t", NOW);
        assertThatThrownBy(() -> c.moveTo(CandidateStatus.APPLIED, DAY.plusDays(4), null, "t", NOW))
                .isInstanceOf(InvalidInputException.class).hasMessage("recruitment.error.step");
        assertThatThrownBy(() -> c.moveTo(CandidateStatus.TRAINEE, DAY.plusDays(2), null, "t", NOW))
                .isInstanceOf(InvalidInputException.class).hasMessage("recruitment.error.dateBeforeLast");
        c.moveTo(CandidateStatus.NOT_CHOSEN, DAY.plusDays(4), null, "t", NOW);
        assertThat(CandidateStatus.NOT_CHOSEN.next()).isEmpty();
    }

    @Test
    void leavingNeedsAReason() throws Exception {
        Candidate c = candidate();
        c.moveTo(CandidateStatus.TRAINEE, DAY.plusDays(3), null, "t", NOW);
        assertThatThrownBy(() -> c.moveTo(CandidateStatus.LEFT, DAY.plusDays(9), " ", "t", NOW))
                .isInstanceOf(InvalidInputException.class).hasMessage("recruitment.error.reasonRequired");
        assertThat(c.getEmploymentEndedOn()).isNull();
    }
}
