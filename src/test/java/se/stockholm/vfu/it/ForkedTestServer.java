package se.stockholm.vfu.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * Gives each failsafe fork a test server of its own: its ports, its SMTP port and (through the pom) its base and data
 * directories. Where the browser tests run, the integration tests run as two suites in two JVMs side by side
 * ({@link JourneysSuite} says why), each starting its own WildFly through Arquillian and deploying the portal once
 * ({@link SuiteDeployment}).
 * <p>
 * Registered for the JUnit Platform in {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener},
 * so it runs in the fork before any test class starts Arquillian, which reads {@code arquillian.xml} with these
 * properties. Fork 1 keeps the ports it was given ({@code -Dit.port.offset}, {@code -Dit.management.port}, the
 * SMTP port the build reserved); fork <i>n</i> shifts the ports by {@value #PORT_STEP} × (<i>n</i> − 1) and takes a
 * free SMTP port. The steps keep clear of the other builds' offsets (100 for a local run beside CI, 1000 for
 * {@code .ci/run}'s MariaDB half). Outside failsafe ({@code it.fork} unset: surefire, an IDE) it does nothing.
 */
public class ForkedTestServer implements LauncherSessionListener {

    static final int PORT_STEP = 50;

    /** Set once the properties are shifted: a fork opens a launcher session for every test class it is handed. */
    private static final String DONE = "it.fork.ports";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String fork = System.getProperty("it.fork");
        if (fork == null || System.getProperty(DONE) != null) {
            return;
        }
        int shift = PORT_STEP * (Integer.parseInt(fork) - 1);
        if (shift > 0) {
            System.setProperty("it.port.offset", String.valueOf(Integer.getInteger("it.port.offset", 0) + shift));
            System.setProperty("it.management.port",
                    String.valueOf(Integer.getInteger("it.management.port", 9990) + shift));
            System.setProperty("it.smtp.port", String.valueOf(freePort()));
        }
        System.setProperty(DONE, fork + ": port offset " + System.getProperty("it.port.offset"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the test server's SMTP", e);
        }
    }
}
