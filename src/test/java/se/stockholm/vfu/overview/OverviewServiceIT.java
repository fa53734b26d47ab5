package se.stockholm.vfu.overview;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The landing-page figures through the real service, as real users: each role gets its own data
 * and is refused anyone else's, whatever id it asks for.
 */
@ExtendWith(ArquillianExtension.class)
class OverviewServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    OverviewService overviewService;

    @Inject
    RunAs runAs;

    @Inject
    Fixtures fixtures;

    @Test
    void centralContactSeesPlacesPerDistrictAgainstTheTarget() throws Exception {
        CityOverview city = runAs.user(Fixtures.CENTRAL, () -> overviewService.city(fixtures.termId()));

        assertThat(city.termCode()).isEqualTo(Fixtures.TERM);
        assertThat(city.targetPlaces()).isEqualTo(100);
        assertThat(city.districts()).hasSize(13);
        assertThat(city.districts()).filteredOn(d -> d.code().equals("SO"))
                .singleElement().extracting(DistrictPlaces::places).isEqualTo((long) Fixtures.SODERMALM_PLACES);
        assertThat(city.placesReported()).isEqualTo(Fixtures.SODERMALM_PLACES + Fixtures.RINKEBY_PLACES);
        assertThat(city.districtsNotReported()).isEqualTo(11);
        assertThat(city.requestsByUniversity()).containsEntry("SU", (long) Fixtures.SU_REQUESTS)
                .containsEntry("SH", (long) Fixtures.SH_REQUESTS).containsEntry("ESBH", 0L);
    }

    @Test
    void districtContactSeesOwnDistrict() throws Exception {
        DistrictOverview own = runAs.user(Fixtures.SODERMALM,
                () -> overviewService.district(fixtures.termId(), fixtures.districtId("SO")));

        assertThat(own.districtName()).isEqualTo("Södermalm");
        assertThat(own.placesReported()).isEqualTo(Fixtures.SODERMALM_PLACES);
        assertThat(own.places()).extracting(PlaceLine::unitName).containsExactly("IT Barn och unga Södermalm");
    }

    @Test
    void districtContactIsRefusedAnotherDistrict() {
        assertThatThrownBy(() -> runAs.user(Fixtures.SODERMALM,
                () -> overviewService.district(fixtures.termId(), fixtures.districtId("RK"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void districtContactIsRefusedTheCityOverview() {
        assertThatThrownBy(() -> runAs.user(Fixtures.RINKEBY, () -> overviewService.city(fixtures.termId())))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void universityCoordinatorSeesOwnStudentsOnly() throws Exception {
        UniversityOverview own = runAs.user(Fixtures.SU,
                () -> overviewService.university(fixtures.termId(), fixtures.universityId("SU")));
        assertThat(own.requests()).isEqualTo(Fixtures.SU_REQUESTS);

        var rows = runAs.user(Fixtures.SU, () -> overviewService.universityRequests(fixtures.termId(),
                fixtures.universityId("SU"), PageRequest.of(0, 2)));
        assertThat(rows.total()).isEqualTo(Fixtures.SU_REQUESTS);
        assertThat(rows.rows()).hasSize(2).allMatch(r -> r.studentRef().startsWith("it-su-"));

        assertThatThrownBy(() -> runAs.user(Fixtures.SU,
                () -> overviewService.universityRequests(fixtures.termId(), fixtures.universityId("SH"),
                        PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.SU,
                () -> overviewService.district(fixtures.termId(), fixtures.districtId("SO"))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
