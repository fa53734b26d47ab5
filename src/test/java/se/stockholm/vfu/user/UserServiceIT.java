package se.stockholm.vfu.user;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.PageClient;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.security.Role;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Creating, scoping and disabling users through the service, as the central contact and an administrator. */
@ExtendWith(ArquillianExtension.class)
class UserServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    UserService userService;

    @Inject
    RunAs runAs;

    @Inject
    Fixtures fixtures;

    @ArquillianResource
    URL base;

    @Test
    void centralContactCreatesADistrictContactWhoCanThenSignIn() throws Exception {
        UserForm form = form(Role.DISTRICT);
        form.setDistrictId(fixtures.districtId("FA"));

        long id = runAs.user(Fixtures.CENTRAL, () -> userService.create(form));

        var found = runAs.user(Fixtures.CENTRAL, () -> userService.find(
                new PageRequest(0, 10, null, true, Map.of("text", form.getUsername()))));
        assertThat(found.rows()).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(id);
            assertThat(row.role()).isEqualTo(Role.DISTRICT);
            assertThat(row.districtName()).isEqualTo("Farsta");
            assertThat(row.enabled()).isTrue();
        });
    }

    @Test
    void theCentralContactMovesAUserToAnotherRoleAndScope() throws Exception {
        UserForm form = form(Role.DISTRICT);
        form.setDistrictId(fixtures.districtId("BR"));
        long id = runAs.user(Fixtures.CENTRAL, () -> userService.create(form));

        runAs.user(Fixtures.CENTRAL, () -> {
            // a user just created is at version 0
            userService.changeRole(id, 0L, Role.UNIVERSITY, null, fixtures.universityId("SH"));
        });

        var found = runAs.user(Fixtures.CENTRAL, () -> userService.find(
                new PageRequest(0, 10, null, true, Map.of("text", form.getUsername()))));
        assertThat(found.rows()).singleElement().satisfies(row -> {
            assertThat(row.role()).isEqualTo(Role.UNIVERSITY);
            assertThat(row.universityCode()).isEqualTo("SH");
            assertThat(row.districtId()).isNull();
        });
    }

    /**
     * The role and scope the user has already: nothing changes, so the page says so (before, it said the role was
     * changed); the user's sessions (the credential epoch) and version stay as they were.
     */
    @Test
    void movingAUserToTheRoleAndScopeTheyHaveChangesNothing() throws Exception {
        UserForm form = form(Role.DISTRICT);
        form.setDistrictId(fixtures.districtId("BR"));
        long id = runAs.user(Fixtures.CENTRAL, () -> userService.create(form));

        boolean changed = runAs.user(Fixtures.CENTRAL,
                () -> userService.changeRole(id, 0L, Role.DISTRICT, fixtures.districtId("BR"), null));

        assertThat(changed).isFalse();
        UserRow after = runAs.user(Fixtures.CENTRAL, () -> row(form.getUsername()));
        assertThat(after.version()).isZero();
        assertThat(runAs.user(Fixtures.CENTRAL, () -> userService.changeRole(id, 0L, Role.UNIVERSITY, null,
                fixtures.universityId("SH")))).as("a real move").isTrue();
    }

    @Test
    void aUsernameIsTakenOnlyOnce() throws Exception {
        UserForm form = form(Role.CENTRAL);
        runAs.user(Fixtures.ADMIN, () -> userService.create(form));

        assertThatThrownBy(() -> runAs.user(Fixtures.ADMIN, () -> userService.create(form)))
                .isInstanceOf(UsernameTakenException.class);
    }

    @Test
    void aDistrictContactMustHaveADistrict() {
        UserForm form = form(Role.DISTRICT);

        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL, () -> userService.create(form)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).getField()).isEqualTo("district");
    }

    @Test
    void emptyOrTooLongFieldsAreRefusedBeforeAnythingIsSaved() {
        UserForm form = form(Role.CENTRAL);
        form.setDisplayName("");
        form.setEmail("x".repeat(300) + "@example.se");

        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL, () -> userService.create(form)))
                .isInstanceOf(EJBException.class)
                .hasRootCauseInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void onlyAnAdministratorCreatesAdministrators() throws Exception {
        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL, () -> userService.create(form(Role.ADMIN))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(runAs.user(Fixtures.ADMIN, () -> userService.create(form(Role.ADMIN)))).isPositive();
    }

    @Test
    void theCentralContactCannotChangeAnAdministratorNorDisableThemself() throws Exception {
        UserRow admin = runAs.user(Fixtures.ADMIN, () -> row(Fixtures.ADMIN));
        UserRow central = runAs.user(Fixtures.ADMIN, () -> row(Fixtures.CENTRAL));

        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL, () -> userService.setEnabled(admin.id(), admin.version(), false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL,
                () -> userService.resetPassword(admin.id(), admin.version(), "ett-nytt-lösenord-2026")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL, () -> userService.setEnabled(central.id(), central.version(), false)))
                .isInstanceOf(InvalidInputException.class).hasMessage("user.error.disableSelf");
    }

    /** What the users page offers on a row: the actions the service would take from the caller, no more. */
    @Test
    @RunAsClient
    void theUsersPageOffersOnARowOnlyWhatTheCallerMayDoThere() throws Exception {
        PageClient central = new PageClient(base.toURI(), Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(actionsOnRow(central, Fixtures.ADMIN)).as("an administrator, to the central contact").isEmpty();
        assertThat(actionsOnRow(central, Fixtures.CENTRAL)).as("the central contact's own row")
                .containsExactly("Ändra roll", "Nytt lösenord");
        assertThat(actionsOnRow(central, Fixtures.SODERMALM)).containsExactly("Inaktivera", "Ändra roll", "Nytt lösenord");

        PageClient admin = new PageClient(base.toURI(), Fixtures.ADMIN, Fixtures.PASSWORD);
        assertThat(actionsOnRow(admin, Fixtures.ADMIN)).containsExactly("Ändra roll", "Nytt lösenord");
        assertThat(actionsOnRow(admin, Fixtures.CENTRAL)).containsExactly("Inaktivera", "Ändra roll", "Nytt lösenord");
    }

    private UserRow row(String username) {
        return userService.find(new PageRequest(0, 50, null, true, Map.of("text", username))).rows().stream()
                .filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    /** The buttons on the user's row of the users page, searched for by the user name. */
    private static List<String> actionsOnRow(PageClient client, String username) throws Exception {
        client.open("admin/users.xhtml");
        String answer = client.ajax("admin/users.xhtml", "usersForm:users", "filter", Map.of(
                "usersForm:users_filtering", "true", "usersForm:users_encodeFeature", "true",
                "usersForm:users:globalFilter", username)).body();
        Matcher rows = Pattern.compile("<tr[^>]*data-ri[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(answer);
        while (rows.find()) {
            String row = rows.group(1);
            if (row.contains(">" + username + "</td>")) {
                List<String> buttons = new ArrayList<>();
                Matcher text = Pattern.compile("<span class=\"ui-button-text ui-c\">([^<]*)</span>").matcher(row);
                while (text.find()) {
                    buttons.add(text.group(1));
                }
                return buttons;
            }
        }
        throw new AssertionError("no row of " + username + " in " + answer);
    }

    @Test
    void districtAndUniversityUsersCannotManageUsers() {
        for (String username : new String[] {Fixtures.SODERMALM, Fixtures.SU}) {
            assertThatThrownBy(() -> runAs.user(username, () -> userService.find(PageRequest.of(0, 10))))
                    .isInstanceOf(jakarta.ejb.EJBAccessException.class);
        }
    }

    @Test
    void aDisabledUserCanNoLongerSignIn() throws Exception {
        UserForm form = form(Role.UNIVERSITY);
        form.setUniversityId(fixtures.universityId("ESBH"));
        form.setPassword(Fixtures.PASSWORD);
        long id = runAs.user(Fixtures.CENTRAL, () -> userService.create(form));
        assertThat(runAs.user(form.getUsername(), () -> "signed in")).isEqualTo("signed in");

        runAs.user(Fixtures.CENTRAL, () -> userService.setEnabled(id, 0L, false));

        assertThatThrownBy(() -> runAs.user(form.getUsername(), () -> "signed in"))
                .hasCauseInstanceOf(SecurityException.class);
    }

    private static UserForm form(Role role) {
        UserForm form = new UserForm();
        form.setUsername("it-new-" + UUID.randomUUID().toString().substring(0, 8));
        form.setDisplayName("Ny Användare");
        form.setEmail("ny@example.se");
        form.setRole(role);
        form.setPassword("a-long-enough-password");
        return form;
    }
}
