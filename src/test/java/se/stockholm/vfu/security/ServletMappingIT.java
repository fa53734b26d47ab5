package se.stockholm.vfu.security;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.PageClient;
import se.stockholm.vfu.scope.ScopeMatrix;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of every role folder, asked for by every role through every way of writing its URL: the Faces servlet's
 * other mapping ({@code /faces/…}, which skipped the folders' URL constraints), doubled slashes, dot segments plain
 * and encoded, the folder in upper case and path parameters. A page is served (200) exactly when the role may see
 * it and the URL is the page's own; otherwise the answer is the status stated for that form and never the page.
 * The pages are listed from src/main/webapp when the test runs, so a new page is covered without a change here;
 * each case is a test of its own in the report, which thus says how many there were.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServletMappingIT {

    /** The users that stand for the roles; who may open which folder, and the URL forms, are the scope matrix's. */
    private static final Map<String, String> USERS = Map.of(
            "CENTRAL", Fixtures.CENTRAL, "ADMIN", Fixtures.ADMIN,
            "DISTRICT", Fixtures.SODERMALM, "UNIVERSITY", Fixtures.SU);

    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    /**
     * One dynamic test per case, so the report counts them (pages x roles x URL forms); every user signs in once and
     * each page's title is read once, as a role that may open it.
     */
    @TestFactory
    Stream<DynamicTest> everyRoleFolderPageUnderEveryUrlFormIsServedExactlyToItsRoles() throws Exception {
        Map<String, PageClient> sessions = new LinkedHashMap<>();
        for (Map.Entry<String, String> user : USERS.entrySet()) {
            sessions.put(user.getKey(), new PageClient(base.toURI(), user.getValue(), Fixtures.PASSWORD));
        }
        String root = base.toURI().toString().replaceAll("/$", "");
        List<DynamicTest> cases = new ArrayList<>();
        for (String folder : ScopeMatrix.FOLDERS.keySet().stream().sorted().toList()) {
            List<String> pages = pages(folder);
            assertThat(pages).as("pages in " + folder).isNotEmpty();
            for (String page : pages) {
                Set<String> roles = ScopeMatrix.mayOpen(folder, page);
                String title = title(sessions.get(roles.stream().sorted().findFirst().orElseThrow()), root,
                        "/" + folder + "/" + page);
                for (Map.Entry<String, PageClient> role : sessions.entrySet()) {
                    for (ScopeMatrix.UrlForm form : ScopeMatrix.URL_FORMS) {
                        String path = form.path().apply(folder, page);
                        ScopeMatrix.Rule rule = ScopeMatrix.page(role.getKey(), folder, page, form);
                        int expected = rule.expect().status;
                        // the label names the rule (read back by the matrix's summary), the URL form says how it was asked
                        cases.add(DynamicTest.dynamicTest(rule.label(), () -> {
                            HttpResponse<String> answer = role.getValue().send("GET", URI.create(root + path), null, null);
                            assertThat(answer.statusCode()).as(path).isEqualTo(expected);
                            if (expected != 200) {
                                assertThat(answer.body()).as("the page's content").doesNotContain("<title>" + title + "</title>");
                            }
                        }));
                    }
                }
            }
        }
        assertThat(cases).as("pages x roles x URL forms")
                .hasSizeGreaterThanOrEqualTo(15 * USERS.size() * ScopeMatrix.URL_FORMS.size());
        return cases.stream();
    }

    /** The page's own title as an allowed role sees it: what a refused answer must not contain. */
    private static String title(PageClient allowed, String root, String path) throws Exception {
        HttpResponse<String> page = allowed.send("GET", URI.create(root + path), null, null);
        assertThat(page.statusCode()).as(path + " for a role that may open it").isEqualTo(200);
        Matcher found = TITLE.matcher(page.body());
        assertThat(found.find()).as(path + " has a title").isTrue();
        return found.group(1);
    }

    private static List<String> pages(String folder) throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/webapp", folder))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".xhtml")).sorted().toList();
        }
    }
}
