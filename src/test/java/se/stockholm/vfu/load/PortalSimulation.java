package se.stockholm.vfu.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.exec.Executable;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.logging.Logger;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The portal under load (README, "Lasttest / Load test"): central contacts, district contacts and university
 * coordinators working at once, each virtual user signed in once through the login form (bcrypt cost 12 makes a
 * sign-in ~200 ms of CPU; a real user signs in once a day, too) and then, until the time is up: dashboards, lists as
 * pages (with PrimeFaces' ajax paging and filtering, posting the page's {@code jakarta.faces.ViewState} back as the
 * browser does) and as JSON, reporting places, editing requests, confirming offered placements, exports, and one
 * allocating central contact who runs the allocation and publishes it every {@code load.allocationEvery}.
 * <p>
 * Every write the portal answers as done goes into the {@link WriteLedger}; {@link #after()} compares it with the
 * database ({@link WriteCheck}). The run fails (Gatling's assertions) on any failed request; it never fails on times.
 * <p>
 * Settings (system properties): {@code load.baseUrl} (default {@code http://localhost:8080/}), {@code load.term}
 * (VT2027), {@code load.users} (50, split 10 % central, 60 % district, 30 % university, one of the central ones the
 * allocating one), {@code load.duration} (ISO-8601 or seconds, default PT10M), {@code load.accounts} (the login
 * prefix, {@code load-}), {@code load.accounts.central|district|university} (5, 28, 15 logins
 * {@code <prefix>central-01} …), {@code load.password}, {@code load.pause} (the longest think time, PT3S),
 * {@code load.allocationEvery} (PT2M), {@code load.warmup} (PT0S: how long the users work before the measured
 * {@code load.duration} begins; their requests meanwhile are reported as "warm-up: …"; the requests of the users' last
 * rounds, finished after the end, as "wind-down: …").
 */
public class PortalSimulation extends Simulation {

    private static final Logger LOG = Logger.getLogger(PortalSimulation.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VIEW_STATE = "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"";
    private static final String NONCE = "<script[^>]*\\snonce=\"([^\"]+)\"";
    private static final AtomicLong MARKERS = new AtomicLong();

    private final String baseUrl = setting("load.baseUrl", "http://localhost:8080/");
    private final String term = setting("load.term", "VT2027");
    private final int users = Integer.parseInt(setting("load.users", "50"));
    private final Duration duration = duration(setting("load.duration", "PT10M"));
    private final String prefix = setting("load.accounts", "load-");
    private final String password = setting("load.password", "vfu-load-test-2026");
    private final Duration thinkTime = duration(setting("load.pause", "PT3S"));
    private final Duration allocationEvery = duration(setting("load.allocationEvery", "PT2M"));
    private final Duration warmUp = duration(setting("load.warmup", "PT0S"));
    /** When the measured part begins ({@link #before()}): requests before it are named "warm-up: …". */
    private volatile long measuredFrom;
    /** When every user stops, together: the warm-up and the measured time after the start ({@link #before()}). */
    private volatile long endsAt;
    private final WriteLedger ledger = WriteLedger.start(Long.toString(System.currentTimeMillis(), 36));

    private final HttpProtocolBuilder protocol = http.baseUrl(baseUrl)
            .acceptLanguageHeader("sv")
            .userAgentHeader("vfu-load-test (Gatling)")
            .shareConnections();

    {
        int central = Math.max(1, Math.round(users * 0.1f));
        int university = Math.max(1, Math.round(users * 0.3f));
        int district = Math.max(1, users - central - university);
        // sign-ins spread over the first minute: each is a bcrypt verification of ~200 ms CPU, on purpose
        Duration ramp = duration.compareTo(Duration.ofMinutes(2)) >= 0 ? Duration.ofSeconds(60) : Duration.ofSeconds(10);
        List<PopulationBuilder> populations = new ArrayList<>();
        if (central > 1) {
            populations.add(central(central - 1).injectOpen(rampUsers(central - 1).during(ramp)));
        }
        populations.add(allocating().injectOpen(nothingFor(Duration.ofSeconds(2)), rampUsers(1).during(1)));
        populations.add(district(district).injectOpen(rampUsers(district).during(ramp)));
        populations.add(university(university).injectOpen(rampUsers(university).during(ramp)));
        setUp(populations)
                .protocols(protocol)
                .maxDuration(duration.plus(warmUp).plus(Duration.ofMinutes(1)))
                .assertions(global().failedRequests().count().is(0L), forAll().failedRequests().count().is(0L));
        LOG.info(() -> "Load test against " + baseUrl + " term " + term + ": " + users + " users (" + central
                + " central, " + district + " district, " + university + " university) for " + duration
                + (warmUp.isZero() ? "" : " after a warm-up of " + warmUp)
                + "; markers " + ledger.markerPrefix());
    }

    @Override
    public void before() {
        long start = System.nanoTime();
        measuredFrom = start + warmUp.toNanos();
        endsAt = measuredFrom + duration.toNanos();
    }

    @Override
    public void after() {
        try {
            WriteCheck.Result result = WriteCheck.check(ledger, URI.create(baseUrl), term, account("central", 1),
                    password);
            ledger.result(result);
            LOG.info(result::toString);
        } catch (Exception failed) {
            ledger.result(WriteCheck.Result.failed("the check itself failed: " + failed));
            LOG.severe(() -> "The write check failed: " + failed);
        }
    }

    // ---- the three roles

    private ScenarioBuilder central(int count) {
        return scenario("central")
                .feed(accounts("central", Integer.parseInt(setting("load.accounts.central", "5"))))
                .exec(signIn())
                .exec(untilTheEnd(
                        page("central dashboard", "central/overview.xhtml"), think(),
                        page("central requests page", "central/requests.xhtml"),
                        ajaxPage("central requests page: next page", "central/requests.xhtml", "requestsForm", "requests", 20),
                        think(),
                        json("central requests JSON, filtered", "api/terms/" + term + "/requests?first=#{first}&size=20"
                                + "&university=#{universityId}&order=desc&sort=studentName"),
                        json("central places JSON", "api/terms/" + term + "/places?first=#{first}&size=20"), think(),
                        page("central allocation page", "central/allocation.xhtml"), think(),
                        json("central allocation summary JSON", "api/terms/" + term + "/allocation"), think(),
                        page("central placements page", "placements.xhtml"),
                        export("central placements export", "placements.xhtml", "placementsForm"), think()));
    }

    /** The central contact who runs the allocation and publishes it, in turn with everybody else's work. */
    private ScenarioBuilder allocating() {
        return scenario("allocating central")
                .feed(accounts("central", 1))
                .exec(signIn())
                .exec(untilTheEnd(
                        pause(Duration.ofSeconds(5)),
                        exec(session -> session.remove("runId")),
                        http(named("allocation run")).post("api/terms/" + term + "/allocation/runs")
                                .header("X-Requested-With", "XMLHttpRequest")
                                .check(status().is(201), jsonPath("$.run.id").ofLong().saveAs("runId")),
                        exec(session -> {
                            if (session.contains("runId")) {
                                ledger.allocationRun(session.getLong("runId"));
                            }
                            return session;
                        }),
                        // "nothing to publish" (400) is a right answer when the run placed nobody new
                        http(named("allocation publish")).post("api/terms/" + term + "/allocation/publish")
                                .header("X-Requested-With", "XMLHttpRequest")
                                .check(status().in(200, 400)),
                        pause(allocationEvery.minusSeconds(5))));
    }

    private ScenarioBuilder district(int count) {
        return scenario("district")
                .feed(accounts("district", Integer.parseInt(setting("load.accounts.district", "28"))))
                .exec(signIn())
                .exec(http(named("district units JSON")).get("api/units?size=100").header("Accept", "application/json")
                        .check(status().is(200), bodyString().saveAs("units")))
                .exec(untilTheEnd(
                        page("district dashboard", "district/overview.xhtml"), think(),
                        page("district places page", "district/places.xhtml"),
                        ajaxPage("district places page: next page", "district/places.xhtml", "placesForm", "places", 20),
                        think(),
                        json("district places JSON", "api/terms/" + term + "/places?first=0&size=20"),
                        reportPlace(), think(),
                        confirmOne(), think(),
                        page("district places page", "district/places.xhtml"),
                        export("district places export", "district/places.xhtml", "placesForm"), think(),
                        json("notifications JSON", "api/notifications?unread=true"), think()));
    }

    private ScenarioBuilder university(int count) {
        return scenario("university")
                .feed(accounts("university", Integer.parseInt(setting("load.accounts.university", "15"))))
                .exec(signIn())
                .exec(untilTheEnd(
                        page("university dashboard", "university/overview.xhtml"), think(),
                        page("university requests page", "university/requests.xhtml"),
                        ajaxFilter("university requests page: search", "university/requests.xhtml", "requestsForm",
                                "requests", "a"),
                        think(),
                        json("university requests JSON, paged", "api/terms/" + term + "/requests?first=#{first}&size=20"),
                        editRequest(), think(),
                        page("university requests page", "university/requests.xhtml"),
                        export("university requests export", "university/requests.xhtml", "requestsForm"), think()));
    }

    // ---- steps

    /** The login form (FORM authentication): one protected page, then j_security_check; the session is kept. */
    private ChainBuilder signIn() {
        return exec(http(named("sign in: login page")).get("index.xhtml").check(status().is(200)))
                .exec(http(named("sign in")).post("j_security_check").disableFollowRedirect()
                        .formParam("j_username", "#{username}").formParam("j_password", password)
                        .check(status().in(302, 303)))
                .exitHereIfFailed()
                .exec(session -> session.set("first", 0).set("universityId", 1));
    }

    private HttpRequestActionBuilder page(String name, String path) {
        return http(named(name)).get(path)
                .check(status().is(200), substring("j_security_check").notExists(),
                        regex(VIEW_STATE).find().optional().saveAs("viewState"),
                        regex(NONCE).find().optional().saveAs("nonce"));
    }

    private HttpRequestActionBuilder json(String name, String path) {
        return http(named(name)).get(path).header("Accept", "application/json")
                .check(status().is(200), jsonPath("$.total").ofInt().optional().saveAs("total"));
    }

    /** A PrimeFaces lazy table's paginator, as its ajax request: the next page of {@code rows}. */
    private ChainBuilder ajaxPage(String name, String path, String form, String table, int rows) {
        String id = form + ":" + table;
        return doIf(session -> session.contains("viewState")).then(exec(ajax(name, path, form, id)
                .formParam("jakarta.faces.behavior.event", "page")
                .formParam("jakarta.faces.partial.event", "page")
                .formParam(id + "_pagination", "true")
                .formParam(id + "_first", Integer.toString(rows))
                .formParam(id + "_rows", Integer.toString(rows))
                .formParam(id + "_skipChildren", "true")
                .formParam(id + "_encodeFeature", "true")));
    }

    /** A PrimeFaces lazy table's global search field, as its ajax filter request. */
    private ChainBuilder ajaxFilter(String name, String path, String form, String table, String text) {
        String id = form + ":" + table;
        return doIf(session -> session.contains("viewState")).then(exec(ajax(name, path, form, id)
                .formParam("jakarta.faces.behavior.event", "filter")
                .formParam("jakarta.faces.partial.event", "filter")
                .formParam(id + "_filtering", "true")
                .formParam(id + "_encodeFeature", "true")
                .formParam(id + ":globalFilter", text)));
    }

    private HttpRequestActionBuilder ajax(String name, String path, String form, String source) {
        return http(named(name)).post(path)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", source)
                .formParam("jakarta.faces.partial.execute", source)
                .formParam("jakarta.faces.partial.render", source)
                .formParam(form, form)
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}")
                .check(status().is(200), substring("<partial-response").exists(), substring("<error>").notExists(),
                        substring("<redirect").notExists(), regex("<update id=\"[^\"]*ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]*)")
                                .find().optional().saveAs("viewState"));
    }

    /** A lazy table's CSV export button (a non-ajax post of the page's form), as the browser sends it. */
    private ChainBuilder export(String name, String path, String form) {
        return doIf(session -> session.contains("viewState")).then(exec(http(named(name)).post(path)
                .formParam(form, form)
                .formParam(form + ":exportCsv", form + ":exportCsv")
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}")
                .check(status().is(200), header("Content-Disposition").exists())));
    }

    /** Reports one place on one of the district's active units, carrying a marker of its own. */
    private ChainBuilder reportPlace() {
        return exec(session -> {
            JsonNode units = read(session.getString("units")).path("rows");
            List<JsonNode> active = new ArrayList<>();
            units.forEach(u -> {
                if (u.path("active").asBoolean()) {
                    active.add(u);
                }
            });
            if (active.isEmpty()) {
                return session.remove("placeBody");
            }
            JsonNode unit = active.get(ThreadLocalRandom.current().nextInt(active.size()));
            String marker = ledger.markerPrefix() + "p" + MARKERS.incrementAndGet();
            ObjectNode body = JSON.createObjectNode().put("unitId", unit.path("id").asLong())
                    .put("areaId", unit.path("areaId").asLong()).put("places", 1).put("notes", marker);
            body.putArray("languages").add("sv");
            ledger.placeSent(marker);
            return session.set("placeBody", body.toString()).set("placeMarker", marker).remove("placeId");
        }).doIf(session -> session.contains("placeBody")).then(
                exec(http(named("district reports a place")).post("api/terms/" + term + "/places")
                        .header("X-Requested-With", "XMLHttpRequest").header("Content-Type", "application/json")
                        .header("Accept", "application/json").body(StringBody("#{placeBody}"))
                        .check(status().is(201), jsonPath("$.id").ofLong().saveAs("placeId")))
                .exec(session -> {
                    if (session.contains("placeId")) {
                        ledger.placeReported(session.getLong("placeId"), session.getString("placeMarker"));
                    }
                    return session;
                }));
    }

    /**
     * Confirms one offered placement of the district with a supervisor who has room; another contact of the same
     * district may have answered it first (409, "someone else changed this"), or given the supervisor's last room to
     * another student meanwhile (400, "the supervisor is full"; seen once in 36,000 requests): right answers, not
     * writes.
     */
    private ChainBuilder confirmOne() {
        return exec(session -> session.remove("offered").remove("confirmStatus"))
                .exec(http(named("district offered placements JSON"))
                        .get("api/terms/" + term + "/placements?status=OFFERED&size=10").header("Accept", "application/json")
                        .check(status().is(200), bodyString().saveAs("offered")))
                .exec(session -> {
                    JsonNode rows = read(session.getString("offered")).path("rows");
                    if (rows.isEmpty()) {
                        return session.remove("placementId");
                    }
                    JsonNode row = rows.get(ThreadLocalRandom.current().nextInt(rows.size()));
                    return session.set("placementId", row.path("id").asLong())
                            .set("placementVersion", row.path("version").asLong());
                })
                .doIf(session -> session.contains("placementId")).then(
                        exec(http(named("district placement supervisors JSON"))
                                .get("api/terms/" + term + "/placements/#{placementId}/supervisors")
                                .header("Accept", "application/json")
                                .check(status().is(200), bodyString().saveAs("choices")))
                        .exec(session -> {
                            for (JsonNode choice : read(session.getString("choices"))) {
                                if (choice.path("free").isNull() || choice.path("free").asInt() > 0) {
                                    return session.set("supervisorId", choice.path("id").asLong());
                                }
                            }
                            return session.remove("supervisorId");
                        })
                        .doIf(session -> session.contains("supervisorId")).then(
                                exec(http(named("district confirms a placement"))
                                        .post("api/terms/" + term + "/placements/#{placementId}/confirm")
                                        .header("X-Requested-With", "XMLHttpRequest")
                                        .header("Content-Type", "application/json").header("Accept", "application/json")
                                        .body(StringBody("{\"version\": #{placementVersion}, \"supervisorId\": #{supervisorId}}"))
                                        .check(status().in(200, 400, 409).saveAs("confirmStatus"))
                                        // 400 only as "the supervisor has no room left": the other contact took it
                                        .checkIf((response, session) -> response.status().code() == 400)
                                        .then(jsonPath("$.type").is("urn:vfu:placement.error.supervisorFull")))
                                .exec(session -> {
                                    if (session.contains("confirmStatus") && session.getInt("confirmStatus") == 200) {
                                        ledger.placementConfirmed(session.getLong("placementId"));
                                    }
                                    return session;
                                })));
    }

    /**
     * Opens one of the coordinator's requests and saves it with a new marker in its notes, on the version it read;
     * another coordinator of the same university may have saved it first (409), which is a right answer.
     */
    private ChainBuilder editRequest() {
        return exec(session -> session.remove("requestRows").remove("edited").remove("editStatus"))
                .exec(http(named("university requests JSON")).get("api/terms/" + term + "/requests?first=0&size=100&status=SENT")
                        .header("Accept", "application/json").check(status().is(200), bodyString().saveAs("requestRows")))
                .exec(session -> {
                    JsonNode rows = read(session.getString("requestRows")).path("rows");
                    if (rows.isEmpty()) {
                        return session.remove("requestId");
                    }
                    return session.set("requestId", rows.get(ThreadLocalRandom.current().nextInt(rows.size())).path("id")
                            .asLong());
                })
                .doIf(session -> session.contains("requestId")).then(
                        exec(http(named("university opens a request JSON")).get("api/terms/" + term + "/requests/#{requestId}")
                                .header("Accept", "application/json")
                                .check(status().is(200), bodyString().saveAs("request")))
                        .exec(session -> {
                            String marker = ledger.markerPrefix() + "r" + MARKERS.incrementAndGet();
                            return session.set("requestBody", formOf(read(session.getString("request")), marker))
                                    .set("requestMarker", marker);
                        })
                        .exec(http(named("university edits a request")).put("api/terms/" + term + "/requests/#{requestId}")
                                .header("X-Requested-With", "XMLHttpRequest").header("Content-Type", "application/json")
                                .header("Accept", "application/json").body(StringBody("#{requestBody}"))
                                .check(status().in(200, 409).saveAs("editStatus"),
                                        jsonPath("$.version").ofLong().optional().saveAs("edited")))
                        .exec(session -> {
                            if (session.contains("edited") && session.getInt("editStatus") == 200) {
                                ledger.requestEdited(session.getLong("requestId"), session.getLong("edited"),
                                        session.getString("requestMarker"));
                            }
                            return session;
                        }));
    }

    // ---- helpers

    /**
     * The request's name in the report: during the warm-up {@code load.warmup} "warm-up: " before it, so that a freshly
     * started server's first minutes (the JIT compiling the portal, the caches filling) are reported on rows of their
     * own and the measured rows show the server as it runs once warm. Decided when the request is sent.
     */
    private Function<Session, String> named(String name) {
        return session -> {
            long now = System.nanoTime();
            return now - measuredFrom < 0 ? "warm-up: " + name : now - endsAt >= 0 ? "wind-down: " + name : name;
        };
    }

    /**
     * A user's work, over and over until the run's end: every user starts its last round before the same moment, so
     * the whole population works through the measured time (the sign-ins are spread over the first minute, inside the
     * warm-up when there is one). A round started is finished, its requests after the end reported as "wind-down: …":
     * leaving mid-round could leave a write the portal confirmed out of the ledger, between the answer and the step
     * that notes it, and the write check then counted it as a write nobody was told of (LoadIT failed so once).
     */
    private ChainBuilder untilTheEnd(Executable first, Executable... rest) {
        return exec(session -> session.set("secondsLeft", Math.max(0, (endsAt - System.nanoTime()) / 1_000_000_000L)))
                .exec(during("#{secondsLeft}", false).on(first, rest));
    }

    private ChainBuilder think() {
        return exec(pause(Duration.ofMillis(500), thinkTime)).exec(session -> session
                .set("first", 20 * ThreadLocalRandom.current().nextInt(4))
                .set("universityId", 1 + ThreadLocalRandom.current().nextInt(3)));
    }

    /** The request's details as the edit form's JSON ({@code RequestForm}), with {@code marker} as its notes. */
    private static String formOf(JsonNode details, String marker) {
        ObjectNode form = JSON.createObjectNode();
        for (String field : List.of("version", "studentRef", "studentName", "studentEmail", "homeUniversity",
                "noPreference", "extraSupport", "extraSupportNote")) {
            if (details.has(field)) {
                form.set(field, details.get(field));
            }
        }
        form.set("areaPreferences", details.path("areaPreferences"));
        form.set("districtPreferences", details.path("districtPreferences"));
        form.set("exclusions", details.path("exclusions"));
        List<String> languages = new ArrayList<>();
        details.path("languages").forEach(l -> languages.add(l.asText()));
        form.put("languages", String.join(", ", languages));
        form.put("notes", marker);
        if (form.path("extraSupport").isNull()) {
            form.remove("extraSupport");
        }
        return form.toString();
    }

    private Iterator<Map<String, Object>> accounts(String role, int count) {
        int[] next = {ThreadLocalRandom.current().nextInt(count)};
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public synchronized Map<String, Object> next() {
                next[0] = next[0] % count + 1;
                Map<String, Object> record = new HashMap<>();
                record.put("username", account(role, next[0]));
                return record;
            }
        };
    }

    private String account(String role, int number) {
        return prefix + role + "-%02d".formatted(number);
    }

    private static JsonNode read(String json) {
        try {
            return json == null ? JSON.createArrayNode() : JSON.readTree(json);
        } catch (Exception unreadable) {
            return JSON.createArrayNode();
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static Duration duration(String value) {
        return value.startsWith("P") ? Duration.parse(value) : Duration.ofSeconds(Long.parseLong(value));
    }
}
