package se.stockholm.vfu.it;

import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.DeploymentContext;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.ContainerMultiControlEvent;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentTargetDescription;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * One deployment of the portal per test JVM (a run, or each of its two suites: {@link JourneysSuite}), shared by every
 * Arquillian test class of that JVM: deploying the WAR takes 6–12 s,
 * once per class that was most of a {@code mvn verify}. Registered through
 * {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension} in the test resources (client side only;
 * the extension itself never runs inside the server).
 * <p>
 * At the start of the run it deploys {@link Deployments#suite()} (the portal, GreenMail and every test class) once,
 * testable, and undeploys it at the end. For each test class it then skips Arquillian's own generate, deploy and
 * undeploy steps and hands the class the shared deployment:
 * <ul>
 *   <li>in-container (the default, and {@code @Deployment} without {@code testable = false}): the shared deployment
 *   itself, so {@code @Inject} works and the test runs inside the server;</li>
 *   <li>as a client ({@code @Deployment(testable = false)}): a view of the same deployment marked not testable,
 *   so the test runs in the build's JVM and {@code @ArquillianResource URL} is the shared deployment's URL.
 *   {@code @RunAsClient} on a class or method works as usual.</li>
 * </ul>
 * A class's own {@code @Deployment} method (the old pattern, {@code return Deployments.portal();}) is therefore never
 * called: the shared deployment already holds the portal and every test class. Only a class that names its deployment
 * ({@code @Deployment(name = "...")}) gets a deployment of its own, the Arquillian way; give its archive a name other
 * than the portal's.
 */
public class SuiteDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Deployer.class);
    }

    /** The stand-in test class whose one deployment all test classes share. */
    static final class Portal {

        private Portal() {
        }

        @org.jboss.arquillian.container.test.api.Deployment
        static WebArchive deployment() {
            return Deployments.suite();
        }
    }

    /** Arquillian's observer: does the work described on {@link SuiteDeployment}. */
    public static class Deployer {

        @Inject
        private Instance<ClassContext> classContext;

        @Inject
        private Instance<DeploymentContext> deploymentContext;

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> classScenario;

        @Inject
        @ClassScoped
        private InstanceProducer<TestClass> testClass;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> protocolMetaData;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deploymentInContext;

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> descriptionInContext;

        @Inject
        private Event<GenerateDeployment> generateDeployment;

        @Inject
        private Event<ContainerMultiControlEvent> containerControl;

        /** Testable: tests run inside the server. */
        private DeploymentScenario inContainer;
        /** The same deployment, not testable: tests run as clients of it. */
        private DeploymentScenario asClient;

        /** After the containers started (their observer has the default precedence 0). */
        public void deploy(@Observes(precedence = -100) BeforeSuite event) {
            inSuiteClassContext(() -> {
                testClass.set(new TestClass(Portal.class));
                generateDeployment.fire(new GenerateDeployment(new TestClass(Portal.class)));
                DeploymentScenario scenario = classScenario.get();
                containerControl.fire(new DeployManagedDeployments());
                inContainer = scenario;
            });
            asClient = clientView(shared(inContainer));
        }

        /** Before the containers stop. */
        public void undeploy(@Observes(precedence = 100) AfterSuite event) {
            if (inContainer == null) {
                return;
            }
            try {
                inSuiteClassContext(() -> containerControl.fire(new UnDeployManagedDeployments()));
            } finally {
                classContext.get().destroy(Portal.class);
                inContainer = null;
            }
        }

        public void shareDeployment(@Observes EventContext<GenerateDeployment> context) {
            Class<?> test = context.getEvent().getTestClass().getJavaClass();
            if (test == Portal.class || hasOwnDeployment(test)) {
                context.proceed();
                return;
            }
            if (inContainer == null || !shared(inContainer).isDeployed()) {
                throw new IllegalStateException("The shared test deployment of the portal is not deployed;"
                        + " see the first failing test class for why");
            }
            classScenario.set(runsAsClient(test) ? asClient : inContainer);
        }

        public void deployOnlyOwnDeployments(@Observes EventContext<DeployManagedDeployments> context) {
            if (!usesSharedDeployment()) {
                context.proceed();
            }
        }

        public void undeployOnlyOwnDeployments(@Observes EventContext<UnDeployManagedDeployments> context) {
            if (!usesSharedDeployment()) {
                context.proceed();
            }
        }

        private boolean usesSharedDeployment() {
            if (classContext.get().getActiveId() == Portal.class) {
                return false;
            }
            DeploymentScenario scenario = classScenario.get();
            return scenario != null && (scenario == inContainer || scenario == asClient);
        }

        private void inSuiteClassContext(Runnable action) {
            classContext.get().activate(Portal.class);
            try {
                action.run();
            } finally {
                classContext.get().deactivate();
            }
        }

        /**
         * The shared deployment seen as not testable: a second description of the same archive, marked deployed,
         * with the shared deployment's URLs (its protocol metadata), never deployed or undeployed itself.
         */
        private DeploymentScenario clientView(Deployment shared) {
            DeploymentDescription original = shared.getDescription();
            DeploymentDescription description = new DeploymentDescription(original.getName(), original.getArchive())
                    .setTarget(original.getTarget())
                    .setProtocol(original.getProtocol())
                    .shouldBeTestable(false)
                    .shouldBeManaged(false);
            DeploymentScenario scenario = new DeploymentScenario().addDeployment(description);
            Deployment view = scenario.deployment(DeploymentTargetDescription.DEFAULT);
            view.deployed();
            ProtocolMetaData metaData;
            deploymentContext.get().activate(shared);
            try {
                metaData = protocolMetaData.get();
            } finally {
                deploymentContext.get().deactivate();
            }
            deploymentContext.get().activate(view);
            try {
                protocolMetaData.set(metaData);
                deploymentInContext.set(view);
                descriptionInContext.set(description);
            } finally {
                deploymentContext.get().deactivate();
            }
            return scenario;
        }

        private static Deployment shared(DeploymentScenario scenario) {
            return scenario.deployment(DeploymentTargetDescription.DEFAULT);
        }

        private static boolean hasOwnDeployment(Class<?> test) {
            return deploymentMethods(test).anyMatch(m -> !DeploymentTargetDescription.DEFAULT.getName()
                    .equals(m.getAnnotation(org.jboss.arquillian.container.test.api.Deployment.class).name()));
        }

        private static boolean runsAsClient(Class<?> test) {
            return deploymentMethods(test).anyMatch(
                    m -> !m.getAnnotation(org.jboss.arquillian.container.test.api.Deployment.class).testable());
        }

        private static java.util.stream.Stream<Method> deploymentMethods(Class<?> test) {
            return Arrays.stream(test.getDeclaredMethods())
                    .filter(m -> m.isAnnotationPresent(org.jboss.arquillian.container.test.api.Deployment.class));
        }
    }
}
