package se.stockholm.vfu.evaluation;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.scope.ScopeMatrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The scope matrix of evaluation answers through the service (the REST channel is {@link EvaluationScopeMatrixApiIT}):
 * five answers about Södermalm placements of Stockholms universitet's students, each with a free text, are added;
 * for every role (central, administrator, Södermalm, Rinkeby-Kista, SU, Södertörn) and grouping (district, unit,
 * area, university) the results the role reads before and after say whether the answers counted for it: for the
 * central contact, the administrator, Södermalm and SU they do; for Rinkeby-Kista and Södertörn the results are
 * exactly as before (only the city's total moves, for everyone). The free texts are read by the central contact and
 * the administrator only; every other role is refused, and the free texts are unchanged afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class EvaluationScopeMatrixIT {

    static final List<String> ALLOWED = List.of(Fixtures.CENTRAL, Fixtures.ADMIN, Fixtures.SODERMALM, Fixtures.SU);
    static final List<String> REFUSED = List.of(Fixtures.RINKEBY, Fixtures.SH);

    @Inject
    EvaluationService evaluations;

    @Inject
    EvaluationFixtures fixtures;

    @Inject
    RunAs runAs;

    @Test
    void answersCountOnlyInTheirDistrictsAndUniversitysResultsAndFreeTextsAreCentralOnly() throws Exception {
        List<String> callers = new ArrayList<>(ALLOWED);
        callers.addAll(REFUSED);
        Map<String, Map<String, ResultRow>> before = new HashMap<>();
        for (String caller : callers) {
            for (Grouping grouping : Grouping.values()) {
                before.put(caller + grouping, rows(caller, grouping));
            }
        }
        String text = "IT matris " + UUID.randomUUID();
        EvaluationFixtures.Scenario scenario = runAs.userCommitting(Fixtures.CENTRAL,
                () -> fixtures.completed(EvaluationFixtures.TERM, "SO", "SU", 5));
        for (long invitation : scenario.studentInvitations()) {
            evaluations.answer(fixtures.token(invitation), List.of(4, 4, 4, 4), text);
        }
        Map<Grouping, Long> group = Map.of(Grouping.DISTRICT, scenario.districtId(), Grouping.UNIT, scenario.unitId(),
                Grouping.AREA, scenario.areaId(), Grouping.UNIVERSITY, scenario.universityId());

        List<String> failures = new ArrayList<>();
        ScopeMatrix.Tally rules = ScopeMatrix.tally(ScopeMatrix.EVALUATION);
        int cases = 0;
        for (String caller : callers) {
            for (Grouping grouping : Grouping.values()) {
                cases++;
                String label = caller + " × evaluation answer × read results by " + grouping + " × service";
                ScopeMatrix.Expect expect = rules.expect(caller, "evaluation answer", "read results by " + grouping,
                        ScopeMatrix.SERVICE);
                Map<String, ResultRow> after = rows(caller, grouping);
                String key = EvaluationFixtures.TERM + "/" + group.get(grouping);
                boolean counted = counted(before.get(caller + grouping).get(key), after.get(key));
                if (counted != (expect == ScopeMatrix.Expect.ALLOWED)) {
                    failures.add(label + ": counted " + counted);
                }
                if (expect == ScopeMatrix.Expect.NOT_LISTED && !Objects.equals(withoutTotals(before.get(caller + grouping)),
                        withoutTotals(after))) {
                    failures.add(label + ": results changed");
                }
                if (!counted(before.get(caller + grouping).get(EvaluationFixtures.TERM + "/total"),
                        after.get(EvaluationFixtures.TERM + "/total"))) {
                    failures.add(label + ": the city's total did not count them");
                }
            }
            cases++;
            Throwable thrown = catchThrowable(() -> runAs.user(caller,
                    () -> evaluations.freeTexts(new PageRequest(0, 500, null, false, Map.of("term", EvaluationFixtures.TERM)))));
            String label = caller + " × evaluation answer × read free texts × service";
            if (rules.expect(caller, "evaluation answer", "read free texts", ScopeMatrix.SERVICE)
                    == ScopeMatrix.Expect.ALLOWED) {
                if (thrown != null) {
                    failures.add(label + ": refused " + thrown);
                }
            } else if (!(thrown instanceof EJBAccessException || thrown instanceof AccessDeniedException)) {
                failures.add(label + ": not refused (" + thrown + ")");
            }
        }
        List<String> texts = runAs.user(Fixtures.CENTRAL, () -> evaluations.freeTexts(
                new PageRequest(0, 500, null, false, Map.of("term", EvaluationFixtures.TERM)))).rows().stream()
                .map(FreeTextRow::text).filter(text::equals).toList();
        assertThat(texts).as("the free texts are there and unchanged").hasSize(5);
        assertThat(failures).as("every one of " + cases + " cases").isEmpty();
        rules.assertEveryRuleTried();
    }

    /** Whether five more answers count in what the caller sees for the group. */
    static boolean counted(ResultRow before, ResultRow after) {
        if (after == null || after.suppressed()) {
            return false;
        }
        if (before == null) {
            return after.answers() == 5;
        }
        return before.suppressed() ? after.answers() >= 5 && after.answers() <= 9 : after.answers() == before.answers() + 5;
    }

    private Map<String, ResultRow> rows(String caller, Grouping grouping) throws Exception {
        Map<String, ResultRow> rows = new HashMap<>();
        for (ResultRow row : runAs.user(caller, () -> evaluations.results(grouping, Respondent.STUDENT))) {
            rows.put(row.termCode() + "/" + (row.cityTotal() ? "total" : row.groupId()), row);
        }
        return rows;
    }

    private static Map<String, ResultRow> withoutTotals(Map<String, ResultRow> rows) {
        Map<String, ResultRow> kept = new HashMap<>(rows);
        kept.keySet().removeIf(key -> key.endsWith("/total"));
        return kept;
    }
}
