/**
 * Integration-test support deployed with the portal: the deployment, fixtures and acting as a user.
 * <p>
 * <b>One deployment per test JVM.</b> {@link se.stockholm.vfu.it.SuiteDeployment} deploys the portal once
 * ({@link se.stockholm.vfu.it.Deployments#suite()}: the real WAR, GreenMail and every integration-test class) and
 * every test class uses it; nothing is deployed per class. With browsers, {@code mvn verify} runs two JVMs side by
 * side, each with its server and one suite ({@link se.stockholm.vfu.it.JourneysSuite},
 * {@link se.stockholm.vfu.it.RulesSuite}); a new class joins one of them by its name, nothing to register.
 * A new integration test is written like this:
 * <pre>
 * // inside the server: inject services, act as a user
 * &#64;ExtendWith(ArquillianExtension.class)
 * class SomethingServiceIT {
 *     &#64;Inject SomethingService service;
 *     &#64;Inject RunAs runAs;
 *
 *     &#64;Test
 *     void theRuleInWords() throws Exception {
 *         runAs.user(Fixtures.CENTRAL, () -&gt; service.act(id));                 // nothing returned
 *         assertThat(runAs.user(Fixtures.SU, () -&gt; service.get(id)).status()).isEqualTo(...);
 *     }
 * }
 *
 * // a client of the portal over HTTP (REST, pages, exports)
 * &#64;ExtendWith(ArquillianExtension.class)
 * &#64;RunAsClient
 * class SomethingApiIT {
 *     &#64;ArquillianResource URL base;
 * }
 * </pre>
 * No {@code @Deployment} method is needed. The older form, {@code @Deployment static WebArchive deployment()
 * { return Deployments.portal(); }} (with {@code testable = false} for a client), still works the same: the method is
 * not called, and {@code testable = false} makes the class a client. Browser tests add
 * {@code se.stockholm.vfu.browser.BrowserExtension} after {@code ArquillianExtension}.
 * <p>
 * <b>Shared deployment, shared database.</b> Every class sees what the classes before it left behind, in any order.
 * So a test makes what it changes or counts its own: its own names ({@code UUID}s), its own term
 * ({@link se.stockholm.vfu.it.AllocationFixtures#newTerm()}), counts relative to before it acted; it never assumes
 * demo data is untouched or that a list is empty. {@link se.stockholm.vfu.it.Fixtures} and
 * {@link se.stockholm.vfu.it.DistrictFixtures} are read-only reference data for all tests.
 * <p>
 * No {@code System.out} in tests: say the rule in the assertion's {@code as(...)}, or publish to the report
 * with a JUnit {@code TestReporter} parameter (client tests).
 */
package se.stockholm.vfu.it;
