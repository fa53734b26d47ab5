package se.stockholm.vfu.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Test deployments only: the view action of {@code it-failing.xhtml} and the ajax button of {@code it-failing-ajax.xhtml},
 * which call {@link FailingService}.
 */
@Named
@RequestScoped
public class FailingPage {

    @Inject
    FailingService failing;

    public void load() {
        failing.fail();
    }
}
