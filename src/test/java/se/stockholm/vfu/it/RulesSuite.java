package se.stockholm.vfu.it;

import org.junit.platform.suite.api.ExcludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The other half of the integration tests on H2 ({@link JourneysSuite} says why two): every {@code *IT} that is not
 * one of the journeys: services inside the server, the API, pages and exports as an HTTP client, the scope matrices,
 * and the accessibility scans.
 */
@Suite
@IncludeEngines("junit-jupiter")
@SelectPackages("se.stockholm.vfu")
@IncludeClassNamePatterns("^.*IT$")
@ExcludeClassNamePatterns(JourneysSuite.JOURNEYS)
public class RulesSuite {
}
