package se.stockholm.vfu.network;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;
import se.stockholm.vfu.scope.ScopeMatrix;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network's scope matrix over real HTTP: the outsiders (Södermalm, SU) and the invited (Rinkeby-Kista, SH) call
 * every endpoint on the event and the document shared only with Rinkeby-Kista and Södertörn, and the central
 * contact's pages. Outsiders are refused (403/404) everywhere; the invited may read but not change; each record reads
 * the same afterwards. Uploads over the API with a wrong type, a path in the name or a size over the limit are
 * refused with 400 and a message, and the document list is unchanged. Cases are generated: caller × record ×
 * operation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NetworkScopeMatrixApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    record Case(String caller, String record, String operation, String method, String path, String type,
                byte[] body, String snapshot) {

        /**
         * How the refusal is said: reading one event or document the caller is not invited to or shared with is "not
         * found" (404: whether it exists is not told); every change, the city-wide attendance table and the central
         * pages are the central contact's, refused to any other role as forbidden (403) before any record is looked at.
         */
        int refusedWith() {
            boolean readsOneRecord = method.equals("GET") && path.startsWith("api/") && !path.endsWith("/attendance");
            return readsOneRecord ? 404 : 403;
        }

        @Override
        public String toString() {
            return caller + " × " + record + " × " + operation + " (" + method + " " + path + ")";
        }
    }

    @Test
    void recordsNotSharedWithTheCallerAreRefusedThroughTheApiAndUnchanged(TestReporter report) throws Exception {
        Http http = new Http(base.toURI());
        long event = find(http, "api/network-events?size=500", NetworkFixtures.SCOPED_EVENT);
        long document = find(http, "api/network-documents?size=500", NetworkFixtures.SCOPED_DOCUMENT);
        String e = "api/network-events/" + event;
        String d = "api/network-documents/" + document;
        JsonObject eventBefore = Http.object(http.get(e, Fixtures.CENTRAL, Fixtures.PASSWORD));
        long invitee = eventBefore.getJsonArray("invitees").getJsonObject(0).getJsonNumber("id").longValue();
        String eventBody = "{\"kind\":\"NETWORK_MEETING\",\"title\":\"Övertagen\",\"date\":\"2055-03-01\","
                + "\"startTime\":\"09:00\",\"endTime\":\"10:00\",\"place\":\"X\",\"version\":"
                + eventBefore.getJsonNumber("version") + "}";
        String attendance = "{\"version\":" + eventBefore.getJsonNumber("version") + ",\"marks\":[{\"inviteeId\":" + invitee
                + ",\"attendance\":\"ATTENDED\"}]}";
        byte[] text = "xyz".getBytes(StandardCharsets.UTF_8);
        String json = "application/json";
        String octets = "application/octet-stream";

        List<Case> refused = new ArrayList<>();
        for (String caller : List.of(Fixtures.SODERMALM, Fixtures.SU)) {
            refused.add(new Case(caller, "event", "read", "GET", e, null, null, e));
            refused.add(new Case(caller, "event", "calendar", "GET", e + "/calendar.ics", null, null, e));
            refused.add(new Case(caller, "event", "students", "GET", e + "/students", null, null, e));
            refused.add(new Case(caller, "event", "change", "PUT", e, json, bytes(eventBody), e));
            refused.add(new Case(caller, "event", "invitations", "POST", e + "/invitations", json, bytes(""), e));
            refused.add(new Case(caller, "event", "minutes", "PUT", e + "/minutes", json,
                    bytes("{\"documentId\":" + document + "}"), e));
            refused.add(new Case(caller, "event", "create", "POST", "api/network-events", json, bytes(eventBody), e));
            refused.add(new Case(caller, "attendance", "record", "PUT", e + "/attendance", json, bytes(attendance), e));
            refused.add(new Case(caller, "attendance", "over the years", "GET", "api/network-events/attendance",
                    null, null, e));
            refused.add(new Case(caller, "document", "read", "GET", d, null, null, d));
            refused.add(new Case(caller, "document", "download", "GET", d + "/versions/1/file", null, null, d));
            refused.add(new Case(caller, "document", "change", "PUT", d, json, bytes("{\"title\":\"Övertagen\"}"), d));
            refused.add(new Case(caller, "document", "upload", "POST", d + "/versions?fileName=x.txt", octets, text, d));
            refused.add(new Case(caller, "document", "create", "POST", "api/network-documents?title=X&fileName=x.txt",
                    octets, text, d));
            refused.add(new Case(caller, "event", "delete", "DELETE", e, null, null, e));
            refused.add(new Case(caller, "document", "delete", "DELETE", d, null, null, d));
            refused.add(new Case(caller, "event", "open the central page", "GET", "central/network-events.xhtml",
                    null, null, e));
            refused.add(new Case(caller, "document", "open the central page", "GET",
                    "central/network-documents.xhtml", null, null, d));
        }
        for (String caller : List.of(Fixtures.RINKEBY, Fixtures.SH)) {
            refused.add(new Case(caller, "event", "change (invited)", "PUT", e, json, bytes(eventBody), e));
            refused.add(new Case(caller, "attendance", "record (invited)", "PUT", e + "/attendance", json,
                    bytes(attendance), e));
            refused.add(new Case(caller, "document", "upload (shared with)", "POST", d + "/versions?fileName=x.txt",
                    octets, text, d));
            refused.add(new Case(caller, "event", "delete (invited)", "DELETE", e, null, null, e));
            refused.add(new Case(caller, "document", "delete (shared with)", "DELETE", d, null, null, d));
        }
        ScopeMatrix.Tally rules = ScopeMatrix.tally(ScopeMatrix.NETWORK_API);
        for (Case c : refused) {
            assertThat(rules.expect(c.caller(), c.record(), c.operation(),
                    c.path().startsWith("api/") ? ScopeMatrix.REST : ScopeMatrix.PAGE)).as(c.toString())
                    .isEqualTo(ScopeMatrix.Expect.REFUSED);
            String before = http.get(c.snapshot(), Fixtures.CENTRAL, Fixtures.PASSWORD).body();
            HttpResponse<String> response = send(http, c, c.caller());
            assertThat(response.statusCode()).as(c + ": " + response.body()).isEqualTo(c.refusedWith());
            assertThat(http.get(c.snapshot(), Fixtures.CENTRAL, Fixtures.PASSWORD).body()).as(c + " left it unchanged")
                    .isEqualTo(before);
            report.publishEntry("refused", c.toString());
        }
        for (String caller : List.of(Fixtures.SODERMALM, Fixtures.SU)) {
            assertThat(List.of(rules.expect(caller, "event", "list", ScopeMatrix.REST),
                    rules.expect(caller, "document", "list", ScopeMatrix.REST))).as(caller)
                    .containsOnly(ScopeMatrix.Expect.NOT_LISTED);
            assertThat(http.get("api/network-events?size=500", caller, Fixtures.PASSWORD).body())
                    .doesNotContain(NetworkFixtures.SCOPED_EVENT);
            assertThat(http.get("api/network-documents?size=500", caller, Fixtures.PASSWORD).body())
                    .doesNotContain(NetworkFixtures.SCOPED_DOCUMENT);
        }
        for (String caller : List.of(Fixtures.RINKEBY, Fixtures.SH)) {
            assertThat(List.of(rules.expect(caller, "event", "read (invited)", ScopeMatrix.REST),
                    rules.expect(caller, "event", "calendar (invited)", ScopeMatrix.REST),
                    rules.expect(caller, "document", "download newest (invited)", ScopeMatrix.REST))).as(caller)
                    .containsOnly(ScopeMatrix.Expect.ALLOWED);
            assertThat(http.get(e, caller, Fixtures.PASSWORD).statusCode()).isEqualTo(200);
            HttpResponse<String> ics = http.get(e + "/calendar.ics", caller, Fixtures.PASSWORD);
            assertThat(ics.statusCode()).isEqualTo(200);
            assertThat(ics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
            assertThat(ics.body()).startsWith("BEGIN:VCALENDAR\r\n");
            HttpResponse<String> file = http.get(d + "/versions/0/file", caller, Fixtures.PASSWORD);
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
            assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        }
        rules.assertEveryRuleTried();
    }

    @Test
    void uploadsOfAWrongTypeAPathOrTooLargeAreRefusedWithAMessageAndStoreNothing() throws Exception {
        Http http = new Http(base.toURI());
        String list = "api/network-documents?size=1";
        long total = Http.object(http.get(list, Fixtures.CENTRAL, Fixtures.PASSWORD)).getJsonNumber("total").longValue();
        byte[] big = new byte[(int) DocumentRules.MAX_BYTES + 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        List<Object[]> uploads = List.of(
                new Object[] {"fake.pdf", bytes("<html></html>"), "network.document.error.type"},
                new Object[] {"../../rutin.txt", bytes("text"), "network.document.error.path"},
                new Object[] {"mapp/rutin.txt", bytes("text"), "network.document.error.path"},
                new Object[] {"stor.txt", big, "network.document.error.tooLarge"});
        for (Object[] upload : uploads) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri("api/network-documents?title=IT"
                            + "&fileName=" + URLEncoder.encode((String) upload[0], StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/octet-stream").header("Accept-Language", "sv")
                    .POST(HttpRequest.BodyPublishers.ofByteArray((byte[]) upload[1])), Fixtures.CENTRAL, Fixtures.PASSWORD);
            assertThat(response.statusCode()).as(upload[0] + ": " + response.body()).isEqualTo(400);
            assertThat(response.body()).as((String) upload[0]).containsIgnoringCase((String) upload[2]);
        }
        assertThat(Http.object(http.get(list, Fixtures.CENTRAL, Fixtures.PASSWORD)).getJsonNumber("total").longValue())
                .as("no document was stored").isEqualTo(total);
    }

    private static HttpResponse<String> send(Http http, Case c, String caller) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(c.path()));
        if (c.body() == null) {
            request.method(c.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", c.type()).method(c.method(), HttpRequest.BodyPublishers.ofByteArray(c.body()));
        }
        return http.send(request, caller, Fixtures.PASSWORD);
    }

    private static long find(Http http, String path, String title) throws Exception {
        return Http.object(http.get(path, Fixtures.CENTRAL, Fixtures.PASSWORD)).getJsonArray("rows")
                .getValuesAs(JsonObject.class).stream().filter(o -> o.getString("title").equals(title)).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
