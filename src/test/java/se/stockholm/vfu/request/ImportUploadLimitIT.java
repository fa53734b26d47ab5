package se.stockholm.vfu.request;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import upload over the size limit is refused before it is read (issue 8, hole 6), over plain HTTP as a browser
 * posts the import form: the answer sends the coordinator back to the import page, which says beside the upload
 * field, in Swedish, how large a file may be. The turnover import and the network's documents, sent back the same
 * way, say so beside their own upload fields with their own limits.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportUploadLimitIT {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void anUploadOverFiveMegabytesIsRefusedWithTheMessageBesideTheUploadField() throws Exception {
        URI root = base.toURI();
        HttpClient client = signedIn(root, Fixtures.SU);
        // a term open for requests: after its deadline the page offers no upload form (the default term may be past it)
        URI page = root.resolve("university/import.xhtml?term=" + Fixtures.REQUEST_TERM);
        HttpResponse<String> form = client.send(swedish(page).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(200);
        Matcher viewState = VIEW_STATE.matcher(form.body());
        assertThat(viewState.find()).isTrue();

        String boundary = "----it" + UUID.randomUUID().toString().replace("-", "");
        byte[] body = multipart(boundary, viewState.group(1).replace("&amp;", "&"), new byte[6 * 1024 * 1024]);
        HttpResponse<String> upload = client.send(swedish(page)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(upload.statusCode()).as("refused before reading, back to the page").isEqualTo(303);
        URI back = page.resolve(upload.headers().firstValue("Location").orElseThrow());
        assertThat(back.getPath()).endsWith("/university/import.xhtml");
        HttpResponse<String> shown = client.send(swedish(back).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(shown.statusCode()).isEqualTo(200);
        String html = shown.body();
        int field = html.indexOf("id=\"importForm:file\"");
        int message = html.indexOf("Filen är för stor (högst 5 MB).");
        int button = html.indexOf("id=\"importForm:preview\"");
        assertThat(field).as("the upload field").isPositive();
        assertThat(message).as("the message, after the upload field and before the form's button")
                .isGreaterThan(field).isLessThan(button);
        assertThat(html.substring(field, message)).contains("ui-message-error");
    }

    @Test
    void theTurnoverImportShowsTheFiltersRefusalBesideItsUploadFieldWithItsLimit() throws Exception {
        assertRefusalBesideTheField(Fixtures.SODERMALM, "district/turnover.xhtml", "importForm:file",
                "Filen är för stor (högst 5 MB).");
    }

    @Test
    void theNetworksDocumentsShowTheFiltersRefusalBesideTheirUploadFieldWithTheirLimit() throws Exception {
        assertRefusalBesideTheField(Fixtures.CENTRAL, "central/network-documents.xhtml", "documentForm:file",
                "Filen är för stor: högst 10 MB. Ingenting sparades.");
    }

    /** The page as the upload filter sends a refused upload back to it ({@code ?upload=tooLarge}). */
    private void assertRefusalBesideTheField(String username, String path, String fieldId, String text) throws Exception {
        URI root = base.toURI();
        HttpResponse<String> shown = signedIn(root, username).send(swedish(root.resolve(path + "?upload=tooLarge")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(shown.statusCode()).isEqualTo(200);
        String html = shown.body();
        int field = html.indexOf("id=\"" + fieldId + "\"");
        int message = html.indexOf(text);
        assertThat(field).as("the upload field").isPositive();
        assertThat(message).as("the message, after the upload field").isGreaterThan(field);
        assertThat(html.substring(field, message)).contains("ui-message-error");
    }

    private static HttpClient signedIn(URI root, String username) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        client.send(swedish(root).GET().build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> login = client.send(swedish(root.resolve("j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + username + "&j_password="
                        + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(login.statusCode()).as("signed in: the server's form sign-in redirects").isEqualTo(302);
        return client;
    }

    /** A request from a browser set to Swedish, the portal's first language. */
    private static HttpRequest.Builder swedish(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept-Language", "sv-SE,sv");
    }

    private static byte[] multipart(String boundary, String viewState, byte[] file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String crlf = "\r\n";
        StringBuilder fields = new StringBuilder();
        for (String[] field : new String[][] {{"importForm", "importForm"}, {"importForm:preview", ""},
                {"jakarta.faces.ViewState", viewState}}) {
            fields.append("--").append(boundary).append(crlf)
                    .append("Content-Disposition: form-data; name=\"").append(field[0]).append('"').append(crlf)
                    .append(crlf).append(field[1]).append(crlf);
        }
        fields.append("--").append(boundary).append(crlf)
                .append("Content-Disposition: form-data; name=\"importForm:file\"; filename=\"big.csv\"").append(crlf)
                .append("Content-Type: text/csv").append(crlf).append(crlf);
        out.write(fields.toString().getBytes(StandardCharsets.UTF_8));
        out.write(file);
        out.write((crlf + "--" + boundary + "--" + crlf).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
