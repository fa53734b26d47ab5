package se.stockholm.vfu.it;

import jakarta.json.JsonObject;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A student request a university coordinator ({@link Fixtures#SU}) created over the API in {@link Fixtures#REQUEST_TERM}
 * and then changed once: the version first read is stale, for tests of what an edit on it is answered (409). The
 * student is "IT {tag} Student", after the change "IT {tag} Changed".
 */
public record ChangedRequest(String path, String studentRef, long firstVersion, long currentVersion) {

    public static final String REQUESTS = "api/terms/" + Fixtures.REQUEST_TERM + "/requests";

    public static ChangedRequest createdAndChangedOnce(Http http, String tag) throws Exception {
        String ref = "it-" + tag.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = send(http, "POST", REQUESTS, """
                {"studentRef":"%s","studentName":"IT %s Student","studentEmail":"%s@it.example",
                 "noPreference":true,"languages":"sv"}""".formatted(ref, tag, ref));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject request = Http.object(created);
        String path = REQUESTS + "/" + request.getJsonNumber("id").longValue();
        long first = request.getJsonNumber("version").longValue();
        HttpResponse<String> changed = send(http, "PUT", path, """
                {"version":%d,"studentRef":"%s","studentName":"IT %s Changed","studentEmail":"%s@it.example",
                 "noPreference":true,"languages":"sv"}""".formatted(first, ref, tag, ref));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        return new ChangedRequest(path, ref, first, Http.object(changed).getJsonNumber("version").longValue());
    }

    private static HttpResponse<String> send(Http http, String method, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)), Fixtures.SU, Fixtures.PASSWORD);
    }
}
