package se.stockholm.vfu.scope;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scope matrix covers every entity of the portal: a new {@code @Entity} fails here until it has rules in
 * {@link ScopeMatrix} (or is listed as no one's personal data, with the reason), and every rule belongs to a runner
 * that exists.
 */
class ScopeMatrixCatalogueTest {

    private static final Pattern ENTITY = Pattern.compile("(?m)^@Entity\\b");

    @Test
    void everyEntityOfThePortalIsInTheMatrixOrListedWithTheReasonItIsNot() {
        Set<String> entities = entityClasses();
        assertThat(entities).as("the portal's @Entity classes").hasSizeGreaterThanOrEqualTo(30);
        Set<String> missing = new TreeSet<>(entities);
        missing.removeAll(ScopeMatrix.ENTITIES.keySet());
        missing.removeAll(ScopeMatrix.NOT_IN_MATRIX.keySet());
        assertThat(missing).as("entities with no rules in ScopeMatrix and no reason in ScopeMatrix.NOT_IN_MATRIX")
                .isEmpty();
        assertThat(ScopeMatrix.ENTITIES.keySet()).as("in both maps").doesNotContainAnyElementsOf(
                ScopeMatrix.NOT_IN_MATRIX.keySet());
        Set<String> stale = new TreeSet<>(ScopeMatrix.ENTITIES.keySet());
        stale.addAll(ScopeMatrix.NOT_IN_MATRIX.keySet());
        stale.removeAll(entities);
        assertThat(stale).as("names in the catalogue that are no entity of the portal").isEmpty();
        assertThat(ScopeMatrix.NOT_IN_MATRIX.values()).as("each with its reason").allMatch(r -> r.length() > 40);
    }

    @Test
    void everyEntityInTheMatrixHasRulesAndAtLeastOneRefusal() {
        Map<String, Set<ScopeMatrix.Expect>> expectations = ScopeMatrix.all().stream().collect(Collectors.groupingBy(
                ScopeMatrix.Rule::entity, Collectors.mapping(ScopeMatrix.Rule::expect, Collectors.toSet())));
        for (String entity : new TreeSet<>(ScopeMatrix.ENTITIES.values())) {
            assertThat(expectations).as(entity + " has rules").containsKey(entity);
            assertThat(expectations.get(entity)).as(entity + ": some caller is refused or not shown it")
                    .anyMatch(e -> e != ScopeMatrix.Expect.ALLOWED);
        }
    }

    @Test
    void everyRuleBelongsToARunnerThatExistsAndIsStatedOnce() {
        Set<String> testClasses = testClasses();
        assertThat(testClasses).as("every runner is a test class").containsAll(ScopeMatrix.RUNNERS);
        Set<String> keys = new HashSet<>();
        for (ScopeMatrix.Rule rule : ScopeMatrix.all()) {
            assertThat(ScopeMatrix.RUNNERS).as(rule.toString()).contains(rule.runner());
            assertThat(keys.add(rule.runner() + ": " + rule.key())).as("stated twice: " + rule).isTrue();
            assertThat(rule.role()).as(rule + ": a caller of a known role").isNotBlank();
        }
        for (String runner : ScopeMatrix.RUNNERS) {
            if (!ScopeMatrix.DYNAMIC_RUNNERS.contains(runner)) {
                assertThat(ScopeMatrix.of(runner)).as(runner + "'s rules").isNotEmpty();
                assertThat(ScopeMatrix.tally(runner).size()).isEqualTo(ScopeMatrix.of(runner).size());
            }
        }
    }

    @Test
    void aTallyRefusesACaseTheMatrixDoesNotStateAndAnUntriedRule() {
        ScopeMatrix.Tally tally = ScopeMatrix.tally(ScopeMatrix.REQUEST);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tally.expect("it-so", "student request", "delete",
                ScopeMatrix.SERVICE)).isInstanceOf(AssertionError.class).hasMessageContaining("does not state");
        assertThat(tally.expect("it-su", "student request", "import", ScopeMatrix.SERVICE))
                .isEqualTo(ScopeMatrix.Expect.NOT_LISTED);
        org.assertj.core.api.Assertions.assertThatThrownBy(tally::assertEveryRuleTried)
                .isInstanceOf(AssertionError.class).hasMessageContaining("14 of its 15 rules untried");
    }

    @Test
    void theSummaryReadsAGeneratedTestsLabelBack() {
        ScopeMatrix.Rule rule = ScopeMatrix.page("DISTRICT", "central", "units.xhtml", ScopeMatrix.URL_FORMS.get(1));
        assertThat(ScopeMatrixSummary.parse(ScopeMatrix.SERVLET_MAPPING, rule.label())).contains(rule);
        assertThat(ScopeMatrixSummary.parse(ScopeMatrix.CROSS_SITE, "an ordinary test name")).isEmpty();
        List<ScopeMatrix.Rule> crossSite = List.of(ScopeMatrix.crossSite("POST api/units", ""),
                ScopeMatrix.withoutCredentials("GET api/units"));
        for (ScopeMatrix.Rule generated : crossSite) {
            assertThat(ScopeMatrixSummary.parse(generated.runner(), generated.label())).contains(generated);
        }
    }

    private static Set<String> entityClasses() {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(ScopeMatrixCatalogueTest::isEntity)
                    .map(f -> f.getFileName().toString().replace(".java", "")).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static boolean isEntity(Path file) {
        try {
            String text = Files.readString(file);
            return text.contains("import jakarta.persistence.Entity;") && ENTITY.matcher(text).find();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static Set<String> testClasses() {
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".java"))
                    .map(f -> f.replace(".java", "")).collect(Collectors.toSet());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
