package se.stockholm.vfu.user;

import org.junit.jupiter.api.Test;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppUserTest {

    private final District sodermalm = new District("SO", "Södermalm");
    private final University su = new University("SU", "Stockholms universitet", "Stockholm University");

    @Test
    void aDistrictContactBelongsToExactlyOneDistrict() {
        AppUser user = new AppUser("sara", "Sara", "sara@example.se", "hash");
        user.assign(Role.DISTRICT, sodermalm, null);
        assertThat(user.getDistrict()).isSameAs(sodermalm);

        assertThatThrownBy(() -> user.assign(Role.DISTRICT, null, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> user.assign(Role.DISTRICT, sodermalm, su)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aCoordinatorBelongsToExactlyOneUniversity() {
        AppUser user = new AppUser("ulla", "Ulla", "ulla@example.se", "hash");
        user.assign(Role.UNIVERSITY, null, su);
        assertThat(user.getUniversity()).isSameAs(su);

        assertThatThrownBy(() -> user.assign(Role.UNIVERSITY, sodermalm, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void cityWideRolesBelongToNoDistrictOrUniversity() {
        AppUser user = new AppUser("cecilia", "Cecilia", "c@example.se", "hash");
        user.assign(Role.CENTRAL, null, null);
        assertThat(user.getRole()).isEqualTo(Role.CENTRAL);

        assertThatThrownBy(() -> user.assign(Role.ADMIN, sodermalm, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> user.assign(null, null, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aNewUserIsEnabledAndCanBeDisabled() {
        AppUser user = new AppUser("x", "X", "x@example.se", "hash");
        assertThat(user.isEnabled()).isTrue();

        user.disable();
        assertThat(user.isEnabled()).isFalse();
    }
}
