package se.stockholm.vfu.it;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.servlet.ServletContext;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.ClassLoaderAsset;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The one way integration tests deploy the portal: the very WAR that `mvn package` built, plus this
 * package (fixtures and the run-as helper). Tests therefore exercise what ships, not a hand-picked subset.
 * A test run deploys it once, as {@link #suite()}, shared by every test class (see {@link SuiteDeployment}).
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive portal() {
        File war = new File(System.getProperty("vfu.war", "target/vfu-portal.war"));
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        return archive
                .setWebXML(new StringAsset(withTestRunnerReachable(archive)))
                // (the run-as helper uses WildFly's security API, which the portal's jboss-deployment-structure.xml
                // makes visible to it as well)
                .addPackage(Deployments.class.getPackage())
                // In-container tests assert with AssertJ, which the portal itself does not ship.
                .addAsLibrary(jarOf(Assertions.class));
    }

    /**
     * The portal plus GreenMail, a real SMTP server the mail tests start inside the test server on the port the
     * server's mail session sends to ({@code vfu.smtp.port}, see arquillian.xml). Its Jakarta Mail and SLF4J
     * come from WildFly.
     */
    public static WebArchive portalWithMailServer() {
        return portal().addAsLibrary(jarOf(GreenMail.class));
    }

    /**
     * What a test run deploys once for all test classes ({@link SuiteDeployment}): the portal with GreenMail, and
     * every test class and helper of the integration tests, so that any of them can run inside the server. Left out:
     * the browser tests (Selenium is not in the server), the load test (Gatling is not either; {@code load} runs as a
     * client), the unit tests and benchmarks (surefire's {@code *Test}, {@code *Properties} and {@code bench}
     * packages), none of which ever runs in the container.
     */
    public static WebArchive suite() {
        WebArchive archive = portalWithMailServer();
        Path testClasses = testClasses();
        try (Stream<Path> files = Files.walk(testClasses)) {
            files.filter(Files::isRegularFile)
                    .map(testClasses::relativize)
                    .filter(Deployments::runsInContainer)
                    .forEach(file -> archive.add(new FileAsset(testClasses.resolve(file).toFile()),
                            "WEB-INF/classes/" + file.toString().replace(File.separatorChar, '/')));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        // pages whose view action, or ajax button, fails unexpectedly (FailingPage), to see such a failure logged (ErrorLogIT)
        archive.add(new ClassLoaderAsset("se/stockholm/vfu/it/failing.xhtml"), "it-failing.xhtml");
        archive.add(new ClassLoaderAsset("se/stockholm/vfu/it/failing-ajax.xhtml"), "it-failing-ajax.xhtml");
        // a page that says a message on itself and before a redirect (MessagesPage), to see it kept only then (ErrorLogIT)
        archive.add(new ClassLoaderAsset("se/stockholm/vfu/it/messages.xhtml"), "it-messages.xhtml");
        archive.add(new ClassLoaderAsset("se/stockholm/vfu/it/messages-onward.xhtml"), "it-messages-onward.xhtml");
        // a page whose buttons are refused naming a component that is no input (RefusedFieldPage, RefusedFieldIT)
        archive.add(new ClassLoaderAsset("se/stockholm/vfu/it/refused-field.xhtml"), "it-refused-field.xhtml");
        return archive;
    }

    private static boolean runsInContainer(Path file) {
        String path = file.toString().replace(File.separatorChar, '/');
        if (!path.startsWith("se/stockholm/vfu/") || !path.endsWith(".class")) {
            return false;
        }
        String topLevel = file.getFileName().toString().replaceFirst("[$.].*", "");
        return !path.startsWith("se/stockholm/vfu/browser/") && !path.startsWith("se/stockholm/vfu/load/")
                && !path.contains("/bench/")
                && !topLevel.endsWith("Test") && !topLevel.endsWith("Properties");
    }

    private static Path testClasses() {
        try {
            return Path.of(Deployments.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Arquillian runs in-container tests through its own servlet; the portal asks every URL for a login,
     * so the test deployment (only) lets that one servlet through. The rest of web.xml is the real one.
     */
    private static String withTestRunnerReachable(WebArchive archive) {
        try (InputStream in = archive.get("WEB-INF/web.xml").getAsset().openStream()) {
            String webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String publicHealth = "<url-pattern>/api/health</url-pattern>";
            if (!webXml.contains(publicHealth)) {
                throw new IllegalStateException("web.xml no longer has the public URL list this helper extends");
            }
            return webXml.replace(publicHealth, publicHealth + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * The portal's address as the tests' HTTP clients call it from inside the test server (a test run in the
     * container): the loopback address, the HTTP port moved by the server's port offset, the deployment's context path.
     */
    public static URI baseFromInside(ServletContext servletContext) {
        return URI.create("http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0))
                + servletContext.getContextPath() + "/");
    }
}
