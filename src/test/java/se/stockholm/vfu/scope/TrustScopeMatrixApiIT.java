package se.stockholm.vfu.scope;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;
import se.stockholm.vfu.it.PageClient;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scope matrix's runner for the records of trust and of the city's administration, over real HTTP as each role
 * (central contact, administrator, a district contact, a university coordinator; each signed in once): the change
 * history (page, its CSV export, {@code GET /api/audit}), the read log (page, {@code GET /api/read-log},
 * {@code POST /api/read-log/search}), retention (the page, its "run now"), a student's data-subject export (the
 * page's download, {@code POST /api/data-subject-exports}), allocation runs (the page, the list, starting one), the
 * terms page and the users page. What each must answer is {@link ScopeMatrix}'s rule; an allowed case shows the
 * record (the page's form, the JSON, the file), a refused one answers 403 without it (a problem over the API), and a
 * refused run starts nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrustScopeMatrixApiIT {

    private static final String JSON = "application/json";

    @ArquillianResource
    URL base;

    /** What came back: status, body as text, content type and disposition. */
    private record Answer(int status, String body, String type, String disposition) {

        static Answer of(HttpResponse<?> response) {
            Object body = response.body();
            String text = body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(body);
            return new Answer(response.statusCode(), text, response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""));
        }
    }

    /** How to try one operation as a signed-in caller, and what only an allowed answer holds. */
    private interface Attempt {
        Answer as(PageClient session) throws Exception;
    }

    private record Operation(Attempt attempt, String shownOnlyWhenAllowed) {
    }

    @Test
    void everyRoleGetsExactlyWhatTheMatrixSaysOfTheTrustAndAdministrationRecords(TestReporter report) throws Exception {
        Http http = new Http(base.toURI());
        long sh = Http.array(http.get("api/universities", Fixtures.CENTRAL, Fixtures.PASSWORD)).getValuesAs(JsonObject.class)
                .stream().filter(u -> u.getString("code").equals("SH")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String runs = "api/terms/" + Fixtures.REQUEST_TERM + "/allocation/runs";
        String subject = "{\"universityId\":" + sh + ",\"studentRef\":\"it-sh-r1\",\"term\":\"" + Fixtures.REQUEST_TERM + "\"}";
        Map<String, String> subjectFields = Map.of("subjectForm:university_input", Long.toString(sh),
                "subjectForm:studentRef", "it-sh-r1", "subjectForm:term_input", Fixtures.REQUEST_TERM);

        Map<String, Operation> operations = new LinkedHashMap<>();
        operations.put(key("audit entry", "search", ScopeMatrix.PAGE),
                new Operation(s -> open(s, "central/audit.xhtml"), "auditForm:audit"));
        operations.put(key("audit entry", "search", ScopeMatrix.REST),
                new Operation(s -> api(s, "GET", "api/audit?size=5", null), "\"rows\""));
        operations.put(key("audit entry", "export", "CSV export"), new Operation(s -> {
            s.open("central/audit.xhtml");
            return Answer.of(s.press("central/audit.xhtml", "auditForm:exportCsv", Map.of()));
        }, "Posttyp"));
        operations.put(key("read-log entry", "search", ScopeMatrix.PAGE),
                new Operation(s -> open(s, "admin/read-log.xhtml"), "readLogForm"));
        operations.put(key("read-log entry", "search by user", ScopeMatrix.REST),
                new Operation(s -> api(s, "GET", "api/read-log?size=5&username=" + Fixtures.SU, null), "\"rows\""));
        operations.put(key("read-log entry", "search by student", ScopeMatrix.REST),
                new Operation(s -> api(s, "POST", "api/read-log/search", "{\"studentRef\":\"it-sh-r1\",\"size\":5}"),
                        "\"rows\""));
        operations.put(key("retention run", "list runs and limits", ScopeMatrix.PAGE),
                new Operation(s -> open(s, "admin/retention.xhtml"), "retentionForm:runNow"));
        operations.put(key("retention run", "run now", ScopeMatrix.PAGE), new Operation(s -> {
            s.open("admin/retention.xhtml");
            return Answer.of(s.press("admin/retention.xhtml", "retentionForm:runNow", Map.of()));
        }, "retentionForm"));
        operations.put(key("data-subject export", "export a student", ScopeMatrix.PAGE), new Operation(s -> {
            s.open("central/data-subject-export.xhtml");
            return Answer.of(s.press("central/data-subject-export.xhtml", "subjectForm:download", subjectFields));
        }, "\"studentRef\""));
        operations.put(key("data-subject export", "export a student", ScopeMatrix.REST),
                new Operation(s -> api(s, "POST", "api/data-subject-exports", subject), "\"studentRef\""));
        operations.put(key("allocation run", "list runs", ScopeMatrix.REST),
                new Operation(s -> api(s, "GET", runs, null), "["));
        operations.put(key("allocation run", "start a run", ScopeMatrix.REST),
                new Operation(s -> api(s, "POST", runs + "?seed=7", null), "\"seed\""));
        operations.put(key("allocation run", "open", ScopeMatrix.PAGE),
                new Operation(s -> open(s, "central/allocation.xhtml"), "<h1>Fördelning av VFU-platser</h1>"));
        operations.put(key("term", "open", ScopeMatrix.PAGE),
                new Operation(s -> open(s, "central/terms.xhtml"), "termsForm"));
        operations.put(key("user account", "open", ScopeMatrix.PAGE),
                new Operation(s -> open(s, "admin/users.xhtml"), "usersForm"));

        Map<String, PageClient> sessions = new LinkedHashMap<>();
        ScopeMatrix.Tally rules = ScopeMatrix.tally(ScopeMatrix.TRUST_API);
        int runsBefore = Http.array(http.get(runs, Fixtures.CENTRAL, Fixtures.PASSWORD)).size();
        List<String> failures = new ArrayList<>();
        for (ScopeMatrix.Rule rule : ScopeMatrix.of(ScopeMatrix.TRUST_API)) {
            try {
                ScopeMatrix.Expect expect = rules.expect(rule.caller(), rule.entity(), rule.operation(), rule.channel());
                Operation operation = operations.get(key(rule.entity(), rule.operation(), rule.channel()));
                assertThat(operation).as(rule + ": the runner knows how to try it").isNotNull();
                PageClient session = sessions.get(rule.caller());
                if (session == null) {
                    session = new PageClient(base.toURI(), rule.caller(), Fixtures.PASSWORD);
                    sessions.put(rule.caller(), session);
                }
                check(rule, expect, operation, operation.attempt().as(session));
            } catch (AssertionError | Exception failed) {
                failures.add(rule + ": " + failed.getMessage());
            }
        }
        assertThat(Http.array(http.get(runs, Fixtures.CENTRAL, Fixtures.PASSWORD)).size())
                .as("a refused run started nothing").isEqualTo(runsBefore);
        report.publishEntry("Scope matrix (trust and administration records, page and REST), cases",
                Integer.toString(rules.size()));
        assertThat(failures).as("cases not answered as the scope matrix says, of " + rules.size()).isEmpty();
        rules.assertEveryRuleTried();
    }

    private static void check(ScopeMatrix.Rule rule, ScopeMatrix.Expect expect, Operation operation, Answer answer) {
        String shown = operation.shownOnlyWhenAllowed();
        if (expect == ScopeMatrix.Expect.ALLOWED) {
            assertThat(answer.status()).as(rule + " answered " + answer.body()).isEqualTo(200);
            if (rule.entity().equals("data-subject export") || rule.channel().endsWith("export")) {
                assertThat(answer.disposition()).as(rule + ": a file").contains("attachment");
            }
            assertThat(answer.body()).as(rule + ": shows the record").contains(shown);
            return;
        }
        assertThat(answer.status()).as(rule + " answered " + answer.body()).isEqualTo(expect.status);
        assertThat(answer.body()).as(rule + ": shows nothing of it").doesNotContain(shown);
        if (rule.channel().equals(ScopeMatrix.REST)) {
            assertThat(answer.type()).as(rule + ": a problem").startsWith("application/problem+json");
        }
    }

    private static String key(String entity, String operation, String channel) {
        return entity + ScopeMatrix.SEPARATOR + operation + ScopeMatrix.SEPARATOR + channel;
    }

    private static Answer open(PageClient session, String page) throws Exception {
        return Answer.of(session.open(page));
    }

    /** An API call with the session; a change carries X-Requested-With, as the portal's own script does. */
    private static Answer api(PageClient session, String method, String path, String json) throws Exception {
        return Answer.of(session.send(method, session.uri(path), json == null ? null : JSON, json,
                "Accept", JSON, "X-Requested-With", "it"));
    }
}
