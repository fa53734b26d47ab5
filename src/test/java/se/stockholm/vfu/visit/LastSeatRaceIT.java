package se.stockholm.vfu.visit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.FaultsFixtures;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.PageClient;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many coordinators going for the last free seat of an observation visit, over many rounds, through the real API:
 * 20 signed-in sessions (coordinators of SU and SH), released together from a barrier, each book a student on the
 * visit's one remaining seat. In every round exactly one booking succeeds, every other one is told "409, the visit is
 * fully booked" as a problem, and the database holds exactly the bookings the clients were told succeeded, never more
 * than the visit's seats. Runs on H2 and on MariaDB ({@code -Pmysql,mariadb}); the seat is guarded by a row lock on
 * the visit ({@link VisitService#book}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LastSeatRaceIT {

    private static final int CLIENTS = 20;
    private static final int ROUNDS = 20;

    @ArquillianResource
    URL base;

    private record Outcome(String student, int status, String contentType, String body) {
    }

    @Test
    void twentyCoordinatorsRaceForTheLastSeatAndExactlyOneWinsEachRound() throws Exception {
        PageClient central = new PageClient(base.toURI(), Fixtures.CENTRAL, Fixtures.PASSWORD);
        List<PageClient> coordinators = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            coordinators.add(new PageClient(base.toURI(), i % 2 == 0 ? Fixtures.SU : Fixtures.SH, Fixtures.PASSWORD));
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                // three seats, two already booked: the clients race for the last one
                JsonObject made = json(central.send("POST", central.uri("api/it/faults/visits?seats=3&booked=2"), null, null,
                        "X-Requested-With", "it"));
                long visit = made.getJsonNumber("visit").longValue();
                CyclicBarrier start = new CyclicBarrier(CLIENTS);
                List<Future<Outcome>> futures = new ArrayList<>();
                for (int i = 0; i < CLIENTS; i++) {
                    PageClient client = coordinators.get(i);
                    String student = "IT Sista platsen " + round + "-" + i;
                    futures.add(pool.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        HttpResponse<String> answer = client.send("POST",
                                client.uri("api/terms/" + FaultsFixtures.TERM + "/visits/" + visit + "/bookings"),
                                "application/json", Json.createObjectBuilder().add("studentName", student).build().toString(),
                                "X-Requested-With", "it", "Accept", "application/json");
                        return new Outcome(student, answer.statusCode(),
                                answer.headers().firstValue("Content-Type").orElse(""), answer.body());
                    }));
                }
                List<Outcome> outcomes = new ArrayList<>();
                for (Future<Outcome> future : futures) {
                    outcomes.add(future.get(120, TimeUnit.SECONDS));
                }

                String inRound = "round " + round + ": " + outcomes;
                List<Outcome> won = outcomes.stream().filter(o -> o.status() == 200).toList();
                assertThat(won).as("bookings that got the last seat, " + inRound).hasSize(1);
                assertThat(outcomes).filteredOn(o -> o.status() != 200)
                        .as("every other client is told the visit is full, " + inRound).hasSize(CLIENTS - 1)
                        .allSatisfy(refused -> {
                            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
                            assertThat(refused.contentType()).startsWith("application/problem+json");
                            JsonObject problem = Json.createReader(new StringReader(refused.body())).readObject();
                            assertThat(problem.getString("type")).isEqualTo("urn:vfu:visit.error.full");
                            assertThat(problem.getInt("status")).isEqualTo(409);
                            assertThat(problem.getString("detail")).contains("fully booked");
                        });
                JsonObject stored = json(central.send("GET", central.uri("api/it/faults/visits/" + visit), null, null));
                assertThat(stored.getInt("booked")).as("seats counted as booked, " + inRound).isEqualTo(3);
                assertThat(stored.getJsonArray("students").getValuesAs(JsonString::getString))
                        .as("the bookings stored are the two from before and the one the winner was told of, " + inRound)
                        .containsExactly("IT Redan bokad 0", "IT Redan bokad 1", won.get(0).student());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
