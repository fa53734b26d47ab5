package se.stockholm.vfu.config;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.ServerLog;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server the build provisions (wildfly-config/*.cli) starts without a warning. Warnings that come at every start
 * and mean nothing teach whoever reads the log to pass over the one that does; there were three: the transaction
 * manager's default name, and two for the key store of an HTTPS listener the portal does not have (TLS ends at the
 * city's proxy). Runs inside the test server to read its log file ({@link ServerLog}), from its last start to the
 * line that says it has started, before any deployment.
 */
@ExtendWith(ArquillianExtension.class)
class ServerStartIT {

    private static final Pattern WARNING_OR_WORSE = Pattern.compile("(?m)^\\S+ \\S+ (WARN|ERROR|FATAL) .*$");

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void theServerStartsWithoutAWarning() throws Exception {
        String boot = ServerLog.lastBoot();

        assertThat(boot).as("the server's start in its log").contains("WFLYSRV0025");
        assertThat(WARNING_OR_WORSE.matcher(boot).results().map(line -> line.group())).isEmpty();
    }
}
