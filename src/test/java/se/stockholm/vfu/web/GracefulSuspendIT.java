package se.stockholm.vfu.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.PageClient;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Graceful shutdown, its first half: the server is suspended through the management API (what
 * {@code :shutdown(suspend-timeout=…)} does before it stops, README "Stopping the server") while a request is in
 * flight. The request in flight finishes and its write is committed; a request that arrives meanwhile is refused
 * with 503 at the door, before it reaches the portal; the suspend completes once the request in flight has finished.
 * The server is then resumed (always, in a {@code finally}: the suite shares it), and what the request in flight
 * was told it saved is there.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GracefulSuspendIT {

    /** How long the request in flight takes (a sleep before it writes). */
    private static final long IN_FLIGHT_MILLIS = 8_000;

    @ArquillianResource
    URL base;

    @ArquillianResource
    ManagementClient management;

    @Test
    void aRequestInFlightFinishesWhileTheServerSuspendsAndNewRequestsGet503() throws Exception {
        PageClient inFlight = new PageClient(base.toURI(), Fixtures.CENTRAL, Fixtures.PASSWORD);
        PageClient newcomer = new PageClient(base.toURI(), Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(newcomer.send("GET", newcomer.uri("api/terms"), null, null).statusCode()).isEqualTo(200);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        HttpResponse<String> slow;
        HttpResponse<String> refused;
        String stateWhileRefused;
        try {
            Future<HttpResponse<String>> slowAnswer = threads.submit(() -> inFlight.send("POST",
                    inFlight.uri("api/it/slow?millis=" + IN_FLIGHT_MILLIS), null, null, "X-Requested-With", "it"));
            TimeUnit.MILLISECONDS.sleep(2_000); // the slow request is now in the server, asleep
            Instant suspendStarted = Instant.now();
            ModelNode suspend = Operations.createOperation("suspend");
            suspend.get("suspend-timeout").set(60);
            Future<ModelNode> suspended = threads.submit(() -> execute(suspend));
            stateWhileRefused = awaitState("SUSPENDING", "SUSPENDED");
            refused = newcomer.send("GET", newcomer.uri("api/terms"), null, null);
            slow = slowAnswer.get(60, TimeUnit.SECONDS);
            ModelNode outcome = suspended.get(90, TimeUnit.SECONDS);
            assertThat(Operations.isSuccessfulOutcome(outcome)).as(outcome.toString()).isTrue();
            assertThat(Duration.between(suspendStarted, Instant.now()))
                    .as("the suspend waited for the request in flight").isGreaterThan(Duration.ofSeconds(3));
            assertThat(readState()).isEqualTo("SUSPENDED");
        } finally {
            execute(Operations.createOperation("resume"));
            threads.shutdownNow();
        }
        assertThat(stateWhileRefused).as("the server was suspending while the request was in flight")
                .isEqualTo("SUSPENDING");
        assertThat(refused.statusCode()).as("a new request while the server suspends").isEqualTo(503);
        assertThat(slow.statusCode()).as("the request in flight: " + slow.body()).isEqualTo(200);

        long visit = Json.createReader(new StringReader(slow.body())).readObject().getJsonNumber("visit").longValue();
        assertThat(readState()).isEqualTo("RUNNING");
        HttpResponse<String> stored = newcomer.send("GET", newcomer.uri("api/it/faults/visits/" + visit), null, null);
        assertThat(stored.statusCode()).as("what the request in flight saved, after the resume: " + stored.body())
                .isEqualTo(200);
        JsonObject visitRead = Json.createReader(new StringReader(stored.body())).readObject();
        assertThat(visitRead.getInt("booked")).isZero();
    }

    private String awaitState(String... states) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        String state = readState();
        while (!List.of(states).contains(state) && Instant.now().isBefore(deadline)) {
            TimeUnit.MILLISECONDS.sleep(50);
            state = readState();
        }
        return state;
    }

    private String readState() throws IOException {
        ModelNode answer = execute(Operations.createReadAttributeOperation(new ModelNode().setEmptyList(), "suspend-state"));
        return Operations.readResult(answer).asString();
    }

    private ModelNode execute(ModelNode operation) throws IOException {
        return management.getControllerClient().execute(operation);
    }
}
