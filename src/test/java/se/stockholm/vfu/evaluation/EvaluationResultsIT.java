package se.stockholm.vfu.evaluation;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Results are counted on the server and a group of fewer than five answers is never let out: neither its count nor
 * its means. The unit is the scenario's own, so its counts are exact.
 */
@ExtendWith(ArquillianExtension.class)
class EvaluationResultsIT {

    @Inject
    EvaluationService evaluations;

    @Inject
    EvaluationFixtures fixtures;

    @Inject
    RunAs runAs;

    @Test
    void aGroupOfFewerThanFiveAnswersIsSuppressedAndFiveAreShownWithTheirMeans() throws Exception {
        EvaluationFixtures.Scenario scenario = runAs.userCommitting(Fixtures.CENTRAL,
                () -> fixtures.completed(EvaluationFixtures.TERM, "SO", "SU", 5));
        List<Integer> scores = List.of(5, 4, 3, 2);
        for (int i = 0; i < 4; i++) {
            evaluations.answer(fixtures.token(scenario.studentInvitations().get(i)), scores, null);
        }

        ResultRow four = unitRow(scenario, Fixtures.CENTRAL, Respondent.STUDENT).orElseThrow();
        assertThat(four.suppressed()).isTrue();
        assertThat(four.answers()).as("not even the count").isNull();
        assertThat(four.means()).isNull();
        assertThat(four.overall()).isNull();
        assertThat(unitRow(scenario, Fixtures.SODERMALM, Respondent.STUDENT).orElseThrow().suppressed())
                .as("the district's own unit too").isTrue();

        evaluations.answer(fixtures.token(scenario.studentInvitations().get(4)), List.of(3, 4, 3, 2), null);

        ResultRow five = unitRow(scenario, Fixtures.CENTRAL, Respondent.STUDENT).orElseThrow();
        assertThat(five.suppressed()).isFalse();
        assertThat(five.answers()).isEqualTo(5);
        assertThat(five.means()).containsExactly(4.6, 4.0, 3.0, 2.0);
        assertThat(five.overall()).isEqualTo(3.4);
        assertThat(five.groupName()).isEqualTo(scenario.unitName());
        assertThat(unitRow(scenario, Fixtures.SODERMALM, Respondent.STUDENT).orElseThrow().answers()).isEqualTo(5);
        assertThat(unitRow(scenario, Fixtures.CENTRAL, Respondent.SUPERVISOR))
                .as("the supervisors have not answered: no group at all").isEmpty();
    }

    private Optional<ResultRow> unitRow(EvaluationFixtures.Scenario scenario, String user, Respondent respondent)
            throws Exception {
        return runAs.user(user, () -> evaluations.results(Grouping.UNIT, respondent)).stream()
                .filter(r -> !r.cityTotal() && r.groupId() == scenario.unitId()).findFirst();
    }
}
