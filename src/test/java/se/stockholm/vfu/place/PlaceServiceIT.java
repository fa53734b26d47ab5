package se.stockholm.vfu.place;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.DistrictFixtures;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.supervisor.SupervisorForm;
import se.stockholm.vfu.supervisor.SupervisorService;
import se.stockholm.vfu.unit.UnitForm;
import se.stockholm.vfu.unit.UnitService;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Place offers through the real service as real users: reported with and without a supervisor, counted against
 * the target, withdrawn only with a reason, and after the reporting deadline refused for the district but
 * allowed for the central contact and recorded as such.
 */
@ExtendWith(ArquillianExtension.class)
class PlaceServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    PlaceService placeService;

    @Inject
    UnitService unitService;

    @Inject
    SupervisorService supervisorService;

    @Inject
    RunAs runAs;

    @Inject
    Fixtures fixtures;

    @Inject
    DistrictFixtures districtFixtures;

    @Test
    void aDistrictReportsPlacesWithAndWithoutASupervisorAndSeesItsTotalGoUp() throws Exception {
        long term = districtFixtures.termId(DistrictFixtures.OPEN_TERM);
        long unit = unit();
        long supervisor = supervisor(unit);
        PlaceTotal before = runAs.user(Fixtures.SODERMALM, () -> placeService.total(term, null));
        assertThat(before.reportingOpen()).isTrue();
        assertThat(before.target()).isEqualTo(100);

        PlaceForm named = form(unit, 3);
        named.setSupervisorId(supervisor);
        named.setLanguages(List.of("sv", "EN", "ar"));
        named.setNotes("Vi arbetar med familjer.");
        long withSupervisor = runAs.user(Fixtures.SODERMALM, () -> placeService.create(term, named));
        long withoutSupervisor = runAs.user(Fixtures.SODERMALM, () -> placeService.create(term, form(unit, 2)));

        PlaceTotal after = runAs.user(Fixtures.SODERMALM, () -> placeService.total(term, null));
        assertThat(after.places()).isEqualTo(before.places() + 5);
        assertThat(after.offers()).isEqualTo(before.offers() + 2);
        assertThat(after.placesWithoutSupervisor()).isEqualTo(before.placesWithoutSupervisor() + 2);

        PlaceRow first = runAs.user(Fixtures.SODERMALM, () -> placeService.get(term, withSupervisor));
        assertThat(first.supervisorName()).isEqualTo("Sam Supervisor");
        assertThat(first.languageList()).containsExactly("sv", "en", "ar");
        assertThat(first.districtName()).isEqualTo("Södermalm");
        assertThat(first.changedAfterDeadline()).isFalse();
        PlaceRow second = runAs.user(Fixtures.SODERMALM, () -> placeService.get(term, withoutSupervisor));
        assertThat(second.supervisorId()).isNull();
        assertThat(second.languages()).isEqualTo("sv");

        var withoutOnly = runAs.user(Fixtures.SODERMALM, () -> placeService.find(term,
                new PageRequest(0, 100, "places", false, Map.of("supervisor", "none", "unit", Long.toString(unit)))));
        assertThat(withoutOnly.rows()).extracting(PlaceRow::id).containsExactly(withoutSupervisor);
        assertThat(runAs.user(Fixtures.SODERMALM, () -> placeService.history(term, withSupervisor)))
                .extracting(PlaceChangeRow::action).containsExactly(PlaceChange.Action.CREATED);
    }

    @Test
    void withdrawingNeedsAReasonAndKeepsTheOfferAsHistory() throws Exception {
        long term = districtFixtures.termId(DistrictFixtures.OPEN_TERM);
        long id = runAs.user(Fixtures.SODERMALM, () -> placeService.create(term, form(unit(), 4)));
        PlaceTotal before = runAs.user(Fixtures.SODERMALM, () -> placeService.total(term, null));

        long version = runAs.user(Fixtures.SODERMALM, () -> placeService.get(term, id)).version();
        Withdrawal noReason = new Withdrawal();
        noReason.setVersion(version);
        noReason.setReason("   ");
        assertThatThrownBy(() -> runAs.user(Fixtures.SODERMALM, () -> placeService.withdraw(term, id, noReason)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("reason"));
        assertThat(runAs.user(Fixtures.SODERMALM, () -> placeService.get(term, id)).status()).isEqualTo(PlaceStatus.ACTIVE);

        Withdrawal reason = new Withdrawal();
        reason.setVersion(version);
        reason.setReason("Handledaren har slutat");
        runAs.user(Fixtures.SODERMALM, () -> placeService.withdraw(term, id, reason));

        PlaceRow withdrawn = runAs.user(Fixtures.SODERMALM, () -> placeService.get(term, id));
        assertThat(withdrawn.status()).isEqualTo(PlaceStatus.WITHDRAWN);
        assertThat(withdrawn.withdrawnReason()).isEqualTo("Handledaren har slutat");
        assertThat(withdrawn.withdrawnBy()).isEqualTo(Fixtures.SODERMALM);
        assertThat(withdrawn.withdrawnAt()).isNotNull();
        assertThat(runAs.user(Fixtures.SODERMALM, () -> placeService.total(term, null)).places())
                .isEqualTo(before.places() - 4);
        assertThat(runAs.user(Fixtures.SODERMALM, () -> placeService.history(term, id)))
                .extracting(PlaceChangeRow::action, PlaceChangeRow::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PlaceChange.Action.CREATED, null),
                        org.assertj.core.groups.Tuple.tuple(PlaceChange.Action.WITHDRAWN, "Handledaren har slutat"));
        assertThatThrownBy(() -> runAs.user(Fixtures.SODERMALM, () -> {
            PlaceForm again = form(withdrawn.unitId(), 1);
            again.setVersion(withdrawn.version());
            placeService.update(term, id, again);
        })).isInstanceOf(InvalidInputException.class).hasMessage("district.place.error.withdrawn");
    }

    @Test
    void afterTheDeadlineTheDistrictIsRefusedAndTheCentralContactsChangeIsRecorded() throws Exception {
        long closed = districtFixtures.termId(DistrictFixtures.CLOSED_TERM);
        long unit = unit();
        assertThatThrownBy(() -> runAs.user(Fixtures.SODERMALM, () -> placeService.create(closed, form(unit, 2))))
                .isInstanceOf(DeadlinePassedException.class);

        long id = runAs.user(Fixtures.CENTRAL, () -> placeService.create(closed, form(unit, 2)));
        PlaceRow reported = runAs.user(Fixtures.SODERMALM, () -> placeService.get(closed, id));
        assertThat(reported.changedAfterDeadline()).isTrue();
        assertThat(runAs.user(Fixtures.SODERMALM, () -> placeService.total(closed, null)).reportingOpen()).isFalse();

        PlaceForm change = PlaceForm.of(reported);
        change.setPlaces(5);
        assertThatThrownBy(() -> runAs.user(Fixtures.SODERMALM, () -> placeService.update(closed, id, change)))
                .isInstanceOf(DeadlinePassedException.class);
        Withdrawal withdrawal = new Withdrawal();
        withdrawal.setReason("För sent");
        assertThatThrownBy(() -> runAs.user(Fixtures.SODERMALM, () -> placeService.withdraw(closed, id, withdrawal)))
                .isInstanceOf(DeadlinePassedException.class);
        PlaceRow unchanged = runAs.user(Fixtures.SODERMALM, () -> placeService.get(closed, id));
        assertThat(unchanged).isEqualTo(reported);

        runAs.user(Fixtures.CENTRAL, () -> placeService.update(closed, id, change));
        PlaceRow changed = runAs.user(Fixtures.SODERMALM, () -> placeService.get(closed, id));
        assertThat(changed.places()).isEqualTo(5);
        assertThat(changed.changedAfterDeadline()).isTrue();
        List<PlaceChangeRow> history = runAs.user(Fixtures.CENTRAL, () -> placeService.history(closed, id));
        assertThat(history).extracting(PlaceChangeRow::action)
                .containsExactly(PlaceChange.Action.CREATED, PlaceChange.Action.CHANGED);
        assertThat(history).allSatisfy(h -> {
            assertThat(h.afterDeadline()).isTrue();
            assertThat(h.changedBy()).isEqualTo(Fixtures.CENTRAL);
            assertThat(h.changedAt()).isNotNull();
        });
    }

    /** A page or URL works in one term: an offer of another term is not found there, and nothing about it changes. */
    @Test
    void anOfferOfAnotherTermIsNotFound() throws Exception {
        long term = districtFixtures.termId(DistrictFixtures.OPEN_TERM);
        long other = districtFixtures.termId(DistrictFixtures.CLOSED_TERM);
        long id = runAs.user(Fixtures.SODERMALM, () -> placeService.create(term, form(unit(), 2)));
        PlaceRow offer = runAs.user(Fixtures.SODERMALM, () -> placeService.get(term, id));
        PlaceForm change = PlaceForm.of(offer);
        change.setPlaces(3);
        Withdrawal withdrawal = new Withdrawal();
        withdrawal.setVersion(offer.version());
        withdrawal.setReason("Fel termin");

        for (String user : List.of(Fixtures.SODERMALM, Fixtures.CENTRAL)) {
            assertThatThrownBy(() -> runAs.user(user, () -> placeService.get(other, id)))
                    .as(user).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> runAs.user(user, () -> placeService.history(other, id)))
                    .as(user).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> runAs.user(user, () -> placeService.update(other, id, change)))
                    .as(user).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> runAs.user(user, () -> placeService.withdraw(other, id, withdrawal)))
                    .as(user).isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> runAs.user(Fixtures.RINKEBY, () -> placeService.get(other, id)))
                .as("another district is refused first, as always").isInstanceOf(AccessDeniedException.class);
        assertThat(runAs.user(Fixtures.SODERMALM, () -> placeService.get(term, id))).isEqualTo(offer);
    }

    @Test
    void theCentralContactFiltersPlacesByDistrictAndSeesWhoHasNotReported() throws Exception {
        long term = districtFixtures.termId(DistrictFixtures.OPEN_TERM);
        long rinkeby = fixtures.districtId("RK");
        var rinkebyPlaces = runAs.user(Fixtures.CENTRAL, () -> placeService.find(term,
                new PageRequest(0, 100, "unit", true, Map.of("district", Long.toString(rinkeby)))));
        assertThat(rinkebyPlaces.rows()).isNotEmpty().allMatch(p -> p.districtId() == rinkeby);

        List<DistrictNotReported> notReported = runAs.user(Fixtures.CENTRAL, () -> placeService.districtsNotReported(term));
        assertThat(notReported).extracting(DistrictNotReported::code).doesNotContain("RK").contains("SKH");

        var ownOnly = runAs.user(Fixtures.SODERMALM, () -> placeService.find(term,
                new PageRequest(0, 100, "unit", true, Map.of("district", Long.toString(rinkeby)))));
        assertThat(ownOnly.rows()).noneMatch(p -> p.districtId() == rinkeby);
    }

    private PlaceForm form(long unit, int places) {
        PlaceForm form = new PlaceForm();
        form.setUnitId(unit);
        form.setAreaId(districtFixtures.areaId("BOU"));
        form.setPlaces(places);
        return form;
    }

    private long unit() throws Exception {
        UnitForm unit = new UnitForm();
        unit.setName("IT Platsenhet " + System.nanoTime());
        unit.setAreaId(districtFixtures.areaId("BOU"));
        return runAs.user(Fixtures.SODERMALM, () -> unitService.create(unit));
    }

    private long supervisor(long unit) throws Exception {
        SupervisorForm form = new SupervisorForm();
        form.setUnitId(unit);
        form.setName("Sam Supervisor");
        form.setEmail("sam." + System.nanoTime() + "@it.example");
        return runAs.user(Fixtures.SODERMALM, () -> supervisorService.create(form));
    }
}
