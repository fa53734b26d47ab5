package se.stockholm.vfu.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.FaultsFixtures;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;
import se.stockholm.vfu.it.PageClient;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The database stopped and started again while a coordinator works: meanwhile a page answers with the friendly
 * "temporarily unavailable" page (503, no internal text) and the API with a 503 problem; a booking tried during the
 * outage is refused and leaves nothing behind; an integration calling with HTTP Basic or with a personal API token
 * gets the same 503 problem (its credentials could not be checked, which is not a 401, and nothing is wrong with the
 * portal, which a 500 would say); once the database is back the same session, Basic and the token work again,
 * without a restart or redeploy, and the booking the coordinator was told succeeded before the outage is still there.
 * Someone signing in through the form meanwhile is sent back to the sign-in page, which says the portal is
 * temporarily unavailable (not an empty page), and can sign in once the database is back.
 * <p>
 * MariaDB/MySQL only ({@code -Pmysql,mariadb}): it stops the <b>shared</b> local MariaDB server
 * ({@code mysqladmin shutdown}, the tests run as root on the database's machine) for a few seconds and always starts
 * it again, in a {@code finally}, so the rest of the suite goes on. On the embedded H2, which lives inside the
 * application server and cannot be stopped on its own, it is skipped by assumption.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {

    private static final Duration RECOVERY = Duration.ofSeconds(60);

    @ArquillianResource
    URL base;

    @Test
    void aDatabaseOutageIsAnsweredTemporarilyUnavailableAndThePortalRecoversByItself(TestReporter report)
            throws Exception {
        PageClient central = new PageClient(base.toURI(), Fixtures.CENTRAL, Fixtures.PASSWORD);
        JsonObject made = json(central.send("POST", central.uri("api/it/faults/visits?seats=3&booked=0"), null, null,
                "X-Requested-With", "it"));
        assumeFalse("H2".equals(made.getString("product")),
                "the embedded H2 runs inside the application server and cannot be stopped on its own; the MariaDB"
                        + " suite (-Pmysql,mariadb) stops and starts its database server");
        long visit = made.getJsonNumber("visit").longValue();
        String bookings = "api/terms/" + FaultsFixtures.TERM + "/visits/" + visit + "/bookings";

        PageClient coordinator = new PageClient(base.toURI(), Fixtures.SU, Fixtures.PASSWORD);
        assertThat(book(coordinator, bookings, "IT Före avbrottet").statusCode()).as("booked before the outage")
                .isEqualTo(200);
        assertThat(coordinator.open("university/requests.xhtml").statusCode()).isEqualTo(200);
        // an integration's two ways in without a session: HTTP Basic with the password, and a personal API token
        Http api = new Http(base.toURI());
        String visitBookings = "api/terms/" + FaultsFixtures.TERM + "/visit-bookings";
        JsonObject token = json(api.send(HttpRequest.newBuilder(api.uri("api/me/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"IT avbrott\"}")), Fixtures.SU, Fixtures.PASSWORD), 201);
        String bearer = "Bearer " + token.getString("token");
        assertThat(api.get(visitBookings, Fixtures.SU, Fixtures.PASSWORD).statusCode()).as("Basic before").isEqualTo(200);
        assertThat(bearerGet(api, visitBookings, bearer).statusCode()).as("the token before").isEqualTo(200);

        HttpResponse<String> page;
        HttpResponse<String> list;
        HttpResponse<String> write;
        HttpResponse<String> basic;
        HttpResponse<String> tokenCall;
        HttpResponse<String> signIn;
        HttpResponse<String> signInPage;
        Instant stopped = Instant.now();
        MariaDb.stop();
        try {
            page = coordinator.open("university/requests.xhtml");
            list = coordinator.send("GET", coordinator.uri("api/terms/" + FaultsFixtures.TERM + "/visit-bookings"), null,
                    null, "Accept", "application/json");
            write = book(coordinator, bookings, "IT Under avbrottet");
            basic = api.get(visitBookings, Fixtures.SU, Fixtures.PASSWORD);
            tokenCall = bearerGet(api, visitBookings, bearer);
            HttpClient browser = browserLike();
            signIn = signIn(browser, Fixtures.SU, Fixtures.PASSWORD);
            signInPage = browser.send(HttpRequest.newBuilder(base.toURI().resolve(
                    signIn.headers().firstValue("Location").orElse("login.xhtml").replaceFirst("^/", ""))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } finally {
            MariaDb.start();
            report.publishEntry("database stopped for", Duration.between(stopped, Instant.now()).toMillis() + " ms");
        }

        assertThat(page.statusCode()).as("a page while the database is stopped").isEqualTo(503);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        // (every page names ViewExpiredException in PrimeFaces' settings, so "Exception" alone says nothing)
        assertThat(page.body()).as("the friendly page, in Swedish by default").contains("Tillfälligt otillgänglig")
                .doesNotContain("SQLException", "SQLState", "jdbc", "JDBC", "MariaDB", "MySQL", "mysql", "Caused by",
                        "\tat ", "IJ0", "Communications link", "Något gick fel");
        assertThat(signIn.statusCode()).as("signing in through the form while the database is stopped: " + signIn.body())
                .isEqualTo(303);
        assertThat(signIn.headers().firstValue("Location").orElse("")).endsWith("/login.xhtml?unavailable=true");
        assertThat(signInPage.statusCode()).as("the sign-in page it leads to").isEqualTo(200);
        assertThat(signInPage.body()).contains("id=\"login-unavailable\"").contains("tillfälligt otillgänglig")
                .contains("j_security_check").doesNotContain("SQLException", "JDBC", "MariaDB", "IJ0");
        // with the session cookie, HTTP Basic and a token alike: not 401 (the credentials were not refused, they
        // could not be checked) and not 500
        Map<String, HttpResponse<String>> calls = new LinkedHashMap<>();
        calls.put("session: list", list);
        calls.put("session: booking", write);
        calls.put("HTTP Basic", basic);
        calls.put("API token", tokenCall);
        calls.forEach((how, call) -> {
            assertThat(call.statusCode()).as(how + " while the database is stopped: " + call.body()).isEqualTo(503);
            assertThat(call.headers().firstValue("Content-Type").orElse("")).as(how)
                    .startsWith("application/problem+json");
            assertThat(call.headers().firstValue("Retry-After")).as(how).isPresent();
            JsonObject problem = Json.createReader(new StringReader(call.body())).readObject();
            assertThat(problem.getInt("status")).as(how).isEqualTo(503);
            assertThat(problem.getString("detail")).as(how).contains("temporarily unavailable")
                    .doesNotContainIgnoringCase("sql").doesNotContainIgnoringCase("jdbc");
            assertThat(call.body()).as(how).doesNotContain("Exception", "IJ0");
        });

        // back by itself: the same session, no restart, no redeploy
        Instant deadline = Instant.now().plus(RECOVERY);
        HttpResponse<String> again = coordinator.open("university/requests.xhtml");
        while (again.statusCode() == 503 && Instant.now().isBefore(deadline)) {
            TimeUnit.MILLISECONDS.sleep(500);
            again = coordinator.open("university/requests.xhtml");
        }
        assertThat(again.statusCode()).as("the page once the database is back, in the same session").isEqualTo(200);
        assertThat(again.body()).doesNotContain("j_security_check");
        HttpResponse<String> listAgain = coordinator.send("GET",
                coordinator.uri("api/terms/" + FaultsFixtures.TERM + "/visit-bookings"), null, null,
                "Accept", "application/json");
        assertThat(listAgain.statusCode()).as(listAgain.body()).isEqualTo(200);
        assertThat(api.get(visitBookings, Fixtures.SU, Fixtures.PASSWORD).statusCode()).as("Basic after the outage")
                .isEqualTo(200);
        assertThat(bearerGet(api, visitBookings, bearer).statusCode()).as("the token after the outage").isEqualTo(200);
        assertThat(api.send(HttpRequest.newBuilder(api.uri("api/me/tokens/" + token.getJsonNumber("id").longValue()))
                .header("Authorization", bearer).DELETE(), null, null).statusCode()).as("the token revoked").isEqualTo(204);

        JsonObject stored = json(central.send("GET", central.uri("api/it/faults/visits/" + visit), null, null));
        assertThat(stored.getJsonArray("students").getValuesAs(JsonString::getString))
                .as("the booking confirmed before the outage is kept; the one refused during it left nothing")
                .containsExactly("IT Före avbrottet");
        assertThat(stored.getInt("booked")).as("seats counted as booked").isEqualTo(1);

        assertThat(book(coordinator, bookings, "IT Efter avbrottet").statusCode()).as("a booking after the outage")
                .isEqualTo(200);
        HttpResponse<String> signedIn = signIn(browserLike(), Fixtures.SU, Fixtures.PASSWORD);
        // the form mechanism's answer to a right password: back to the page asked for (here the start page)
        assertThat(signedIn.statusCode()).as("signing in through the form after the outage").isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("login.xhtml");
    }

    /** A client that keeps cookies and does not follow redirects, as the test reads each answer itself. */
    private static HttpClient browserLike() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The sign-in form's post, after opening the portal as a browser does (which starts the session). */
    private HttpResponse<String> signIn(HttpClient browser, String username, String password) throws Exception {
        browser.send(HttpRequest.newBuilder(base.toURI()).GET().build(), HttpResponse.BodyHandlers.discarding());
        return browser.send(HttpRequest.newBuilder(base.toURI().resolve("j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> book(PageClient client, String path, String student) throws Exception {
        return client.send("POST", client.uri(path), "application/json",
                Json.createObjectBuilder().add("studentName", student).build().toString(),
                "X-Requested-With", "it", "Accept", "application/json");
    }

    private static HttpResponse<String> bearerGet(Http api, String path, String bearer) throws Exception {
        return api.send(HttpRequest.newBuilder(api.uri(path)).header("Authorization", bearer).GET(), null, null);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return json(response, 200);
    }

    private static JsonObject json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** The local MariaDB server, stopped and started as root the way .ci/run starts it. */
    private static final class MariaDb {

        private static final Duration WAIT = Duration.ofSeconds(30);

        private MariaDb() {
        }

        /**
         * Shuts the server down and waits until its process has gone: {@code mysqladmin shutdown} returns while
         * mariadbd is still writing its files, and a start meanwhile finds the old process and does nothing
         * ({@code --oknodo}), which left CI without a database.
         */
        static void stop() throws IOException, InterruptedException {
            run("mysqladmin", "--user=root", "--host=127.0.0.1", "shutdown");
            Instant deadline = Instant.now().plus(WAIT);
            while (running() && Instant.now().isBefore(deadline)) {
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }

        /** Starts the server (again, for as long as no mariadbd process is there) until it answers. */
        static void start() throws IOException, InterruptedException {
            Instant deadline = Instant.now().plus(WAIT.multipliedBy(2));
            while (Instant.now().isBefore(deadline)) {
                if (exit("mysqladmin", "--user=root", "--host=127.0.0.1", "--connect-timeout=2", "ping") == 0) {
                    return;
                }
                if (!running()) {
                    run("start-stop-daemon", "--start", "--oknodo", "--background", "--exec", "/usr/sbin/mariadbd",
                            "--", "--user=mysql");
                }
                TimeUnit.MILLISECONDS.sleep(250);
            }
            throw new IllegalStateException("MariaDB did not answer within " + WAIT.multipliedBy(2)
                    + " after it was started again");
        }

        private static boolean running() throws IOException, InterruptedException {
            return exit("pgrep", "-x", "mariadbd") == 0;
        }

        private static void run(String... command) throws IOException, InterruptedException {
            int exit = exit(command);
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
            }
        }

        private static int exit(String... command) throws IOException, InterruptedException {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        }
    }
}
