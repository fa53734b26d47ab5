package se.stockholm.vfu.it;

import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Half of the integration tests on H2, run beside {@link RulesSuite}, each in a JVM with a test server of its own
 * ({@link ForkedTestServer}): the browser journeys (every {@code *BrowserIT} but the accessibility scans), the load test
 * and the statement counts per page. The halves are cut where the test classes' times (docs/measurements.md, "Two test
 * servers side by side") come out about even, and by name patterns, never a list: {@link RulesSuite} takes every
 * other {@code *IT}, so a new test class always runs in exactly one of them.
 * <p>
 * Why suites and not surefire's forks alone: a fork handed one test class at a time runs each as a JUnit execution of
 * its own, and Arquillian's JUnit 5 extension stops the server at the end of every execution; a suite is one
 * execution, so each fork starts its server and deploys the portal once ({@link SuiteDeployment}). The suites run where
 * the browser tests run (the pom's {@code browser} profile); the MariaDB run ({@code -Pmysql}), a machine without
 * Chromium and a run of chosen classes ({@code -Dit.test=...}) run the test classes themselves, in one JVM.
 */
@Suite
@IncludeEngines("junit-jupiter")
@SelectPackages("se.stockholm.vfu")
@IncludeClassNamePatterns(JourneysSuite.JOURNEYS)
public class JourneysSuite {

    /** Fully qualified names of this half's classes. */
    static final String JOURNEYS = "^.*\\.(?!Accessibility)\\w*BrowserIT$|^.*\\.(LoadIT|StatementsPerPageIT)$";
}
