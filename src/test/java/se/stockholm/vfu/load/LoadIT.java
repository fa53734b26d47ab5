package se.stockholm.vfu.load;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;
import se.stockholm.vfu.it.LoadFixtures;

import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short load test in the suite (README, "Lasttest / Load test"): {@link PortalSimulation} with 10 users for one
 * minute against the suite's own deployment, on {@link LoadFixtures}' term and logins. Fails on any failed request
 * (Gatling's assertions: exit code 2) and on any write that users were told succeeded but the database lost or holds
 * twice ({@link WriteCheck}); never on response times, which a shared CI machine cannot promise.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoadIT {

    @ArquillianResource
    URL base;

    @Test
    void tenUsersForAMinuteGetNoErrorAndNoWriteIsLostOrDuplicated(TestReporter report) throws Exception {
        Http http = new Http(base.toURI());
        assertThat(http.send(HttpRequest.newBuilder(http.uri("api/it/load-fixtures")).POST(HttpRequest.BodyPublishers.noBody()),
                Fixtures.CENTRAL, Fixtures.PASSWORD).statusCode()).as("the load test's fixtures").isEqualTo(204);
        Map<String, String> settings = Map.ofEntries(
                Map.entry("load.baseUrl", base.toString()),
                Map.entry("load.term", LoadFixtures.TERM),
                Map.entry("load.users", "10"),
                Map.entry("load.duration", "PT1M"),
                Map.entry("load.warmup", "PT0S"),
                Map.entry("load.accounts", LoadFixtures.ACCOUNTS),
                Map.entry("load.accounts.central", "1"),
                Map.entry("load.accounts.district", Integer.toString(LoadFixtures.DISTRICTS.size())),
                Map.entry("load.accounts.university", Integer.toString(LoadFixtures.UNIVERSITIES.size())),
                Map.entry("load.password", LoadFixtures.PASSWORD),
                Map.entry("load.allocationEvery", "PT20S"));
        settings.forEach(System::setProperty);
        int exit;
        try {
            exit = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
                "--simulation", PortalSimulation.class.getName(),
                "--results-folder", Path.of("target", "gatling").toAbsolutePath().toString(),
                "--no-reports", "--launcher", "maven"});
        } finally {
            settings.keySet().forEach(System::clearProperty);
        }
        WriteCheck.Result writes = WriteLedger.current().result();
        report.publishEntry("writes", String.valueOf(writes));
        assertThat(exit).as("Gatling's exit code: 0, or 2 when a request failed (see the run's log)").isZero();
        assertThat(writes).as("the write check ran").isNotNull();
        assertThat(writes.lost()).as("writes users were told succeeded, missing from the database").isEmpty();
        assertThat(writes.duplicated()).as("writes the database holds more often than users were told").isEmpty();
        assertThat(writes.places()).as("places reported in the minute").isPositive();
        assertThat(writes.edits()).as("requests edited in the minute").isPositive();
        assertThat(writes.runs()).as("allocation runs in the minute").isPositive();
    }
}
