package se.stockholm.vfu.security;

import org.junit.jupiter.api.Test;
import se.stockholm.vfu.common.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

class CallerTest {

    private static final Caller CENTRAL = new Caller("c", "C", Role.CENTRAL, null, null, null, null);
    private static final Caller SODERMALM = new Caller("s", "S", Role.DISTRICT, 8L, "Södermalm", null, null);
    private static final Caller SU = new Caller("u", "U", Role.UNIVERSITY, null, null, 1L, "SU");

    @Test
    void theCentralContactMayReadEveryDistrictAndUniversity() {
        assertThat(CENTRAL.mayReadDistrict(1)).isTrue();
        assertThat(CENTRAL.mayReadUniversity(3)).isTrue();
        assertThatNoException().isThrownBy(CENTRAL::requireCityWide);
    }

    @Test
    void aDistrictContactMayReadOnlyItsOwnDistrictAndNoUniversity() {
        assertThat(SODERMALM.mayReadDistrict(8)).isTrue();
        assertThat(SODERMALM.mayReadDistrict(1)).isFalse();
        assertThat(SODERMALM.mayReadUniversity(1)).isFalse();
        assertThatThrownBy(() -> SODERMALM.requireDistrict(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(SODERMALM::requireCityWide).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCoordinatorMayReadOnlyItsOwnUniversityAndNoDistrict() {
        assertThat(SU.mayReadUniversity(1)).isTrue();
        assertThat(SU.mayReadUniversity(2)).isFalse();
        assertThat(SU.mayReadDistrict(8)).isFalse();
    }

    @Test
    void theHeaderShowsTheScope() {
        assertThat(SODERMALM.scopeLabel()).isEqualTo("Södermalm");
        assertThat(SU.scopeLabel()).isEqualTo("SU");
        assertThat(CENTRAL.scopeLabel()).isNull();
    }
}
