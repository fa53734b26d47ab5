package se.stockholm.vfu.scope;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Prints, at the end of a test run, how many cases of the scope matrix ({@link ScopeMatrix}) the run tried and whether
 * every one was answered as the rule says. Registered for the JUnit Platform in
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}, so it hears surefire's and failsafe's
 * runs alike and says nothing when no runner ran.
 * <p>
 * A runner with a fixed list of rules checks inside its test that it tried every one of them ({@link
 * ScopeMatrix.Tally#assertEveryRuleTried()}), so its rules count once the runner class has passed; a runner that
 * generates one test per rule counts its passed tests, read back from their labels ({@link ScopeMatrix.Rule#label()}).
 * A case answered otherwise fails its runner's test, as it always did; here it is counted as not as the rule says.
 */
public class ScopeMatrixSummary implements TestExecutionListener {

    private TestPlan plan;
    private final List<ScopeMatrix.Rule> passed = new ArrayList<>();
    private final Set<String> failedRunners = new LinkedHashSet<>();
    private final Set<String> runners = new TreeSet<>();
    private int failedCases;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        String runner = runnerOf(test).orElse(null);
        if (runner == null || !ScopeMatrix.RUNNERS.contains(runner)) {
            return;
        }
        boolean ok = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
        if (test.getSource().filter(ClassSource.class::isInstance).isPresent()) {
            runners.add(runner);
            if (!ScopeMatrix.DYNAMIC_RUNNERS.contains(runner)) {
                if (ok && !failedRunners.contains(runner)) {
                    passed.addAll(ScopeMatrix.of(runner));
                } else {
                    failedRunners.add(runner);
                    failedCases += ScopeMatrix.of(runner).size();
                }
            }
            return;
        }
        if (!test.isTest()) {
            // a test factory that could not generate its cases
            if (!ok) {
                failedRunners.add(runner);
            }
            return;
        }
        if (!ScopeMatrix.DYNAMIC_RUNNERS.contains(runner)) {
            if (!ok) {
                failedRunners.add(runner);
            }
            return;
        }
        Optional<ScopeMatrix.Rule> rule = parse(runner, test.getDisplayName());
        if (rule.isEmpty()) {
            // a runner's plain test beside its generated cases
            if (!ok) {
                failedRunners.add(runner);
            }
        } else if (ok) {
            passed.add(rule.get());
        } else {
            failedRunners.add(runner);
            failedCases++;
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (runners.isEmpty()) {
            return;
        }
        // on a line of its own: other output (jqwik's) may leave the line unfinished
        System.out.println(System.lineSeparator() + summary());
    }

    String summary() {
        Set<String> roles = new TreeSet<>();
        Set<String> entities = new TreeSet<>();
        Set<String> pages = new TreeSet<>();
        Set<String> operations = new TreeSet<>();
        Set<String> channels = new TreeSet<>();
        for (ScopeMatrix.Rule rule : passed) {
            roles.add(rule.role());
            (rule.entity().startsWith("page ") ? pages : entities).add(rule.entity());
            operations.add(rule.entity() + "/" + rule.operation());
            channels.add(rule.channel());
        }
        String counts = String.format("scope matrix: %,d cases (%d roles, %d entities, %d pages, %d operations, %d channels;"
                        + " %d of %d runners)", passed.size() + failedCases, roles.size(), entities.size(), pages.size(),
                operations.size(), channels.size(), runners.size(), ScopeMatrix.RUNNERS.size());
        if (failedRunners.isEmpty()) {
            return counts + ", all as the rule says";
        }
        return counts + String.format(", %,d as the rule says; NOT as the rule says (or not tried): %,d case(s) of %s",
                passed.size(), failedCases, failedRunners);
    }

    /** A generated test's rule, from its label: {@code caller × entity × operation × channel → EXPECT}. */
    static Optional<ScopeMatrix.Rule> parse(String runner, String label) {
        int arrow = label.lastIndexOf(ScopeMatrix.ARROW);
        if (arrow < 0) {
            return Optional.empty();
        }
        String[] parts = label.substring(0, arrow).split(ScopeMatrix.SEPARATOR, 4);
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            ScopeMatrix.Expect expect = ScopeMatrix.Expect.valueOf(label.substring(arrow + ScopeMatrix.ARROW.length()));
            return Optional.of(new ScopeMatrix.Rule(runner, parts[0], parts[1], parts[2], parts[3], expect));
        } catch (IllegalArgumentException notALabel) {
            return Optional.empty();
        }
    }

    private Optional<String> runnerOf(TestIdentifier test) {
        for (TestIdentifier at = test; at != null; at = plan == null ? null : plan.getParent(at).orElse(null)) {
            Optional<String> name = at.getSource().map(source -> source instanceof ClassSource c ? c.getClassName()
                    : source instanceof MethodSource m ? m.getClassName() : null);
            if (name.isPresent()) {
                String className = name.get();
                return Optional.of(className.substring(className.lastIndexOf('.') + 1));
            }
        }
        return Optional.empty();
    }
}
