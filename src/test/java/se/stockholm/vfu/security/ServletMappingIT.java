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

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
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

    /** Who may open the pages of each folder (web.xml's security constraints). */
    private static final Map<String, Set<String>> FOLDERS = Map.of(
            "central", Set.of("CENTRAL", "ADMIN"),
            "admin", Set.of("CENTRAL", "ADMIN"),
            "district", Set.of("DISTRICT"),
            "university", Set.of("UNIVERSITY"));

    /** Pages whose own security constraint narrows their folder's (an exact URL pattern in web.xml wins). */
    private static final Map<String, Set<String>> PAGES = Map.of("admin/read-log.xhtml", Set.of("ADMIN"));

    private static final Map<String, String> USERS = Map.of(
            "CENTRAL", Fixtures.CENTRAL, "ADMIN", Fixtures.ADMIN,
            "DISTRICT", Fixtures.SODERMALM, "UNIVERSITY", Fixtures.SU);

    /** A way of writing the URL of page {@code y} in folder {@code x}, and what it answers to a role that may or may not. */
    private record Form(String name, BinaryOperator<String> path, int mayStatus, int mayNotStatus) {
    }

    private static final List<Form> FORMS = List.of(
            new Form("plain", (x, y) -> "/" + x + "/" + y, 200, 403),
            new Form("faces mapping", (x, y) -> "/faces/" + x + "/" + y, 404, 404),
            new Form("double slash", (x, y) -> "//" + x + "/" + y, 200, 403),
            new Form("dot segment", (x, y) -> "/" + x + "/./" + y, 200, 403),
            new Form("encoded dot segment", (x, y) -> "/" + x + "/%2e/" + y, 200, 403),
            new Form("upper-case folder", (x, y) -> "/" + x.toUpperCase(Locale.ROOT) + "/" + y, 404, 404),
            new Form("session id parameter", (x, y) -> "/" + x + "/" + y + ";jsessionid=abc", 200, 403),
            new Form("parameter on the folder", (x, y) -> "/" + x + ";jsessionid=abc/" + y, 200, 403));

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
        for (String folder : FOLDERS.keySet().stream().sorted().toList()) {
            List<String> pages = pages(folder);
            assertThat(pages).as("pages in " + folder).isNotEmpty();
            for (String page : pages) {
                Set<String> roles = PAGES.getOrDefault(folder + "/" + page, FOLDERS.get(folder));
                String title = title(sessions.get(roles.stream().sorted().findFirst().orElseThrow()), root,
                        "/" + folder + "/" + page);
                for (Map.Entry<String, PageClient> role : sessions.entrySet()) {
                    boolean may = roles.contains(role.getKey());
                    for (Form form : FORMS) {
                        String path = form.path().apply(folder, page);
                        int expected = may ? form.mayStatus() : form.mayNotStatus();
                        cases.add(DynamicTest.dynamicTest(role.getKey() + " " + path + " (" + form.name() + ") -> "
                                + expected, () -> {
                            HttpResponse<String> answer = role.getValue().send("GET", URI.create(root + path), null, null);
                            assertThat(answer.statusCode()).isEqualTo(expected);
                            if (expected != 200) {
                                assertThat(answer.body()).as("the page's content").doesNotContain("<title>" + title + "</title>");
                            }
                        }));
                    }
                }
            }
        }
        assertThat(cases).as("pages x roles x URL forms").hasSizeGreaterThanOrEqualTo(15 * USERS.size() * FORMS.size());
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
