package se.stockholm.vfu.inquiry;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Inquiries over the JSON API: forwarded by a district, acted on by its university, refused to everyone else. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InquiriesApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void aDistrictForwardsAndOnlyTheReceivingUniversityActs() throws Exception {
        Http http = new Http(base.toURI());
        long su = idOf(http, "api/universities", "SU");
        String body = Json.createObjectBuilder()
                .add("studentName", "Api Student").add("studentEmail", "api@student.example.se")
                .add("message", "Hej!").add("receivedOn", LocalDate.now(StockholmTime.ZONE).toString()).add("universityId", su)
                .build().toString();

        HttpResponse<String> created = post(http, "api/inquiries", body, Fixtures.SODERMALM);
        assertThat(created.statusCode()).isEqualTo(201);
        long id = Http.object(created).getJsonNumber("id").longValue();
        String path = "api/inquiries/" + id;

        assertThat(http.get(path, Fixtures.RINKEBY, Fixtures.PASSWORD).statusCode()).isEqualTo(404);
        assertThat(http.get(path, Fixtures.SH, Fixtures.PASSWORD).statusCode()).isEqualTo(404);
        // another university's inquiry is not found whatever it asks (a 403 told that the inquiry exists); a district
        // contact may not acknowledge any inquiry
        assertThat(post(http, path + "/acknowledge", "{}", Fixtures.SH).statusCode()).isEqualTo(404);
        assertThat(post(http, path + "/acknowledge", "{}", Fixtures.RINKEBY).statusCode()).isEqualTo(403);
        assertThat(Http.object(http.get(path, Fixtures.SODERMALM, Fixtures.PASSWORD)).getString("status"))
                .isEqualTo("FORWARDED");

        HttpResponse<String> acknowledged = post(http, path + "/acknowledge", "{}", Fixtures.SU);
        assertThat(acknowledged.statusCode()).isEqualTo(200);
        assertThat(Http.object(acknowledged).getString("status")).isEqualTo("ACKNOWLEDGED");

        assertThat(post(http, path + "/decline", "{\"reason\":\"\"}", Fixtures.SU).statusCode()).isEqualTo(400);
        HttpResponse<String> declined = post(http, path + "/decline", "{\"reason\":\"Redan placerad\"}", Fixtures.SU);
        assertThat(Http.object(declined).getString("status")).isEqualTo("DECLINED");
    }

    @Test
    void anInvalidInquiryIsRefusedWithTheFieldNamed() throws Exception {
        Http http = new Http(base.toURI());
        HttpResponse<String> refused = post(http, "api/inquiries", "{\"studentName\":\"\"}", Fixtures.SODERMALM);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("studentName").contains("studentEmail");
    }

    /** Turning an inquiry into a request over the API answers like any request: 400 with the field, 409 late. */
    @Test
    void turningAnInquiryIntoARequestKeepsTheRequestRules() throws Exception {
        Http http = new Http(base.toURI());
        long su = idOf(http, "api/universities", "SU");
        String body = Json.createObjectBuilder()
                .add("studentName", "Api Inquiry Student").add("studentEmail", "api-inq@student.example.se")
                .add("message", "Hej!").add("receivedOn", LocalDate.now(StockholmTime.ZONE).toString()).add("universityId", su)
                .build().toString();
        String path = "api/inquiries/" + Http.object(post(http, "api/inquiries", body, Fixtures.SODERMALM))
                .getJsonNumber("id").longValue() + "/request";

        for (String personalNumber : new String[] {"19900101-1234", "199001011234"}) {
            HttpResponse<String> refused = post(http, path, make(Fixtures.REQUEST_TERM, personalNumber), Fixtures.SU);
            assertThat(refused.statusCode()).as(personalNumber).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(Http.object(refused).getString("field")).isEqualTo("studentRef");
            assertThat(Http.object(refused).getString("type")).isEqualTo("urn:vfu:request.error.personalNumber");
        }

        HttpResponse<String> duplicate = post(http, path, make(Fixtures.REQUEST_TERM, "IT-SU-R1"), Fixtures.SU);
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(Http.object(duplicate).getString("type")).isEqualTo("urn:vfu:request.error.duplicate");
        assertThat(Http.object(duplicate).getString("field")).isEqualTo("studentRef");

        String ref = "api-inq-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> late = post(http, path, make(Fixtures.PAST_TERM, ref), Fixtures.SU);
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(Http.object(late).getString("type")).isEqualTo("urn:vfu:request.error.deadlinePassed");

        HttpResponse<String> byCentral = post(http, path, make(Fixtures.PAST_TERM, ref), Fixtures.CENTRAL);
        assertThat(byCentral.statusCode()).as(byCentral.body()).isEqualTo(200);
        JsonObject inquiry = Http.object(byCentral);
        assertThat(inquiry.getString("status")).isEqualTo("TURNED_INTO_REQUEST");
        JsonObject request = Http.object(http.get("api/terms/" + Fixtures.PAST_TERM + "/requests/"
                + inquiry.getJsonNumber("requestId").longValue(), Fixtures.SU, Fixtures.PASSWORD));
        assertThat(request.getString("studentRef")).isEqualTo(ref);
        assertThat(request.getString("lateChangeBy")).isEqualTo(Fixtures.CENTRAL);
    }

    private static String make(String term, String studentRef) {
        return Json.createObjectBuilder().add("term", term).add("studentRef", studentRef).build().toString();
    }

    private static HttpResponse<String> post(Http http, String path, String json, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), user, Fixtures.PASSWORD);
    }

    private static long idOf(Http http, String path, String code) throws Exception {
        return Http.array(http.get(path, Fixtures.CENTRAL, Fixtures.PASSWORD)).getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }
}
