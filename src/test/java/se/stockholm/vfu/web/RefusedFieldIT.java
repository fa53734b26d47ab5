package se.stockholm.vfu.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.PageClient;
import se.stockholm.vfu.it.RefusedFieldPage;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal whose field names a component that is no input ({@link BusinessExceptionHandler}): it goes beside that
 * component only when the page shows a message for it there, else to the page's messages. Before, it went to the
 * component whatever it was, and a page whose messages show only page-wide ones said nothing at all.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RefusedFieldIT {

    private static final String PAGE = "it-refused-field.xhtml";
    private static final String SAID = "Terminen " + RefusedFieldPage.TERM + " är sparad.";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void aRefusalNamingAComponentWithoutAMessageIsSaidOnThePage() throws Exception {
        String answer = press("refusals:refuseSummary");
        assertThat(element(answer, "refusals:said")).as("the page's messages").contains(SAID);
        assertThat(element(answer, "refusals:periodMessage")).doesNotContain(SAID);
    }

    @Test
    void aRefusalNamingAComponentWithItsOwnMessageIsSaidBesideIt() throws Exception {
        String answer = press("refusals:refusePeriod");
        assertThat(element(answer, "refusals:periodMessage")).as("the message beside the period").contains(SAID);
        assertThat(element(answer, "refusals:said")).doesNotContain(SAID);
    }

    private String press(String button) throws Exception {
        PageClient central = new PageClient(base.toURI(), Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(central.open(PAGE).statusCode()).isEqualTo(200);
        // the button updates its form, as the page says
        HttpResponse<String> answer = central.ajax(PAGE, button, "click",
                Map.of(button, button, "jakarta.faces.partial.render", "refusals"));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).as("said once, somewhere").contains(SAID);
        return answer.body();
    }

    /** The markup of the component with that id in the ajax answer (up to its widget's script, PrimeFaces' next). */
    private static String element(String answer, String id) {
        Matcher start = Pattern.compile("id=\"" + Pattern.quote(id) + "\"").matcher(answer);
        assertThat(start.find()).as("%s in the answer:%n%s", id, answer).isTrue();
        int end = answer.indexOf("<script", start.end());
        return answer.substring(start.start(), end < 0 ? answer.length() : end);
    }
}
