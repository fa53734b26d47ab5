package se.stockholm.vfu.request;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.scope.ScopeMatrix;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The scope matrix of student requests through the service: a coordinator of another university and district
 * contacts try to read, list, change, withdraw and import over Södertörn's request it-sh-r1. Every attempt is
 * refused, except a coordinator's import of the same student id, which may only ever touch its own university's
 * request; in every case SH's request is unchanged afterwards. The cases are generated; what each must answer is the
 * scope matrix's rule ({@link ScopeMatrix}).
 */
@ExtendWith(ArquillianExtension.class)
class RequestScopeMatrixIT {

    static final List<String> ACTORS = List.of(Fixtures.SU, Fixtures.SODERMALM, Fixtures.RINKEBY);
    static final List<String> OPERATIONS = List.of("read", "list", "update", "withdraw", "import");

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    RequestService requestService;

    @Inject
    RequestChanges requestChanges;

    @Inject
    RequestImport requestImport;

    @Inject
    RunAs runAs;

    @Inject
    Fixtures fixtures;

    /** Every actor with every operation: generated, so a new operation is covered for every actor at once. */
    static List<String> cases() {
        List<String> cases = new ArrayList<>();
        for (String actor : ACTORS) {
            for (String operation : OPERATIONS) {
                cases.add(actor + " " + operation);
            }
        }
        return cases;
    }

    /**
     * One in-container test walks all cases (a parameterized test would start the whole template in the server
     * once per case; AssertJ's soft assertions need ByteBuddy, which the test deployment lacks) and reports each
     * failing case by name.
     */
    @Test
    void anotherUniversitysRequestIsRefusedAndUnchanged() throws Exception {
        List<String> cases = cases();
        List<String> failures = new ArrayList<>();
        ScopeMatrix.Tally rules = ScopeMatrix.tally(ScopeMatrix.REQUEST);
        for (String testCase : cases) {
            try {
                check(testCase, rules.expect(testCase.split(" ")[0], "student request", testCase.split(" ")[1],
                        ScopeMatrix.SERVICE));
            } catch (AssertionError | Exception failed) {
                failures.add(testCase + ": " + failed.getMessage());
            }
        }
        assertThat(failures).as("of " + cases.size() + " cases, those not refused or that changed something")
                .isEmpty();
        rules.assertEveryRuleTried();
    }

    private void check(String testCase, ScopeMatrix.Expect expect) throws Exception {
        String actor = testCase.split(" ")[0];
        String operation = testCase.split(" ")[1];
        long term = fixtures.termId(Fixtures.REQUEST_TERM);
        long id = runAs.user(Fixtures.SH, () -> requestService.find(term,
                new PageRequest(0, 5, null, true, Map.of("text", "it-sh-r1"))).rows().get(0).id());
        RequestDetails before = runAs.user(Fixtures.CENTRAL, () -> requestService.get(term, id));
        RequestForm change = RequestForm.of(before);
        change.setStudentName("Changed by " + actor);
        change.setExtraSupport(false);

        Callable<Object> attempt = switch (operation) {
            case "read" -> () -> requestService.get(term, id);
            case "list" -> () -> requestService.find(term, new PageRequest(0, 10, null, true,
                    Map.of("university", Long.toString(before.universityId()))));
            case "update" -> () -> requestChanges.update(term, id, change);
            case "withdraw" -> () -> requestChanges.withdraw(term, id, before.version(), "Not yours");
            case "import" -> () -> requestImport.importFile(term, "theirs.csv",
                    ("Student-id;Förnamn;Efternamn;E-post\nit-sh-r1;Changed;By " + actor + ";x@it.example\n")
                            .getBytes(StandardCharsets.UTF_8));
            default -> throw new IllegalArgumentException(operation);
        };
        // a coordinator's import of the same student id touches only its own university's request
        if (expect == ScopeMatrix.Expect.NOT_LISTED) {
            runAs.user(actor, attempt);
        } else {
            assertThatThrownBy(() -> runAs.user(actor, attempt)).as(testCase)
                    .isInstanceOfAny(AccessDeniedException.class, EJBAccessException.class);
        }

        RequestDetails after = runAs.user(Fixtures.CENTRAL, () -> requestService.get(term, id));
        assertThat(after).as(testCase).isEqualTo(before);
        assertThat(after.extraSupportNote()).isEqualTo(Fixtures.SH_SUPPORT_NOTE);
    }
}
