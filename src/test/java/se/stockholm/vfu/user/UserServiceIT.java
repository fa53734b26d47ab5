package se.stockholm.vfu.user;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.security.Role;

import java.util.Map;
import java.util.UUID;

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
