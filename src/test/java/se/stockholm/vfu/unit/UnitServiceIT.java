package se.stockholm.vfu.unit;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.DistrictFixtures;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.ReferenceDataService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Units through the real service as real users: create, edit, deactivate with history, and the lists' scope. */
@ExtendWith(ArquillianExtension.class)
class UnitServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    UnitService unitService;

    @Inject
    RunAs runAs;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    Fixtures fixtures;

    @Inject
    DistrictFixtures districtFixtures;

    @Test
    void aDistrictContactCreatesEditsAndDeactivatesAUnitWhichKeepsItsHistory() throws Exception {
        String name = "IT Enhet " + System.nanoTime();
        UnitForm form = form(name, "BOU");
        form.setContactName("Kim Kontakt");
        form.setContactEmail("kim@it.example");
        long id = runAs.user(Fixtures.SODERMALM, () -> unitService.create(form));

        UnitRow created = runAs.user(Fixtures.SODERMALM, () -> unitService.get(id));
        assertThat(created.districtName()).isEqualTo("Södermalm");
        assertThat(created.areaCode()).isEqualTo("BOU");
        assertThat(created.contactEmail()).isEqualTo("kim@it.example");
        assertThat(created.active()).isTrue();

        UnitForm edit = UnitForm.of(created);
        edit.setName(name + " ny");
        edit.setAreaId(districtFixtures.areaId("SOP"));
        runAs.user(Fixtures.SODERMALM, () -> unitService.update(id, edit));
        UnitRow edited = runAs.user(Fixtures.SODERMALM, () -> unitService.get(id));
        assertThat(edited.name()).isEqualTo(name + " ny");
        assertThat(edited.areaCode()).isEqualTo("SOP");
        assertThat(edited.version()).isGreaterThan(created.version());

        runAs.user(Fixtures.SODERMALM, () -> unitService.deactivate(id));
        UnitRow deactivated = runAs.user(Fixtures.SODERMALM, () -> unitService.get(id));
        assertThat(deactivated.active()).isFalse();
        assertThat(deactivated.deactivatedBy()).isEqualTo(Fixtures.SODERMALM);
        assertThat(deactivated.deactivatedAt()).isNotNull();
        assertThat(deactivated.name()).isEqualTo(name + " ny");

        // still listed (history), filterable on active, but no longer to choose from
        var inactive = runAs.user(Fixtures.SODERMALM, () -> unitService.find(
                new PageRequest(0, 50, "name", true, Map.of("text", name, "active", "false"))));
        assertThat(inactive.rows()).extracting(UnitRow::id).containsExactly(id);
        assertThat(runAs.user(Fixtures.SODERMALM, () -> unitService.choices(null)))
                .extracting(UnitChoice::id).doesNotContain(id);
        assertThatThrownBy(() -> runAs.user(Fixtures.SODERMALM, () -> unitService.update(id, UnitForm.of(deactivated))))
                .isInstanceOf(InvalidInputException.class).hasMessage("district.unit.error.inactive");
    }

    @Test
    void aDeactivatedUnitIsReactivatedAndItsDeactivationStaysOnRecord() throws Exception {
        String name = "IT Återaktiverad " + System.nanoTime();
        long id = runAs.user(Fixtures.SODERMALM, () -> unitService.create(form(name, "BOU")));
        assertThatThrownBy(() -> runAs.user(Fixtures.SODERMALM, () -> unitService.reactivate(id)))
                .isInstanceOf(InvalidInputException.class).hasMessage("district.unit.error.alreadyActive");
        runAs.user(Fixtures.SODERMALM, () -> unitService.deactivate(id));
        // another district's contact may not take it into use again
        assertThatThrownBy(() -> runAs.user(Fixtures.RINKEBY, () -> unitService.reactivate(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(runAs.user(Fixtures.SODERMALM, () -> unitService.get(id)).active()).isFalse();

        runAs.user(Fixtures.CENTRAL, () -> unitService.reactivate(id));
        UnitRow reactivated = runAs.user(Fixtures.SODERMALM, () -> unitService.get(id));
        assertThat(reactivated.active()).isTrue();
        assertThat(reactivated.reactivatedBy()).isEqualTo(Fixtures.CENTRAL);
        assertThat(reactivated.reactivatedAt()).isNotNull();
        assertThat(reactivated.deactivatedBy()).as("the deactivation stays on record").isEqualTo(Fixtures.SODERMALM);
        assertThat(reactivated.deactivatedAt()).isNotNull().isBeforeOrEqualTo(reactivated.reactivatedAt());
        // in use again: to choose from, and changeable
        assertThat(runAs.user(Fixtures.SODERMALM, () -> unitService.choices(null)))
                .extracting(UnitChoice::id).contains(id);
        UnitForm rename = UnitForm.of(reactivated);
        rename.setName(name + " igen");
        runAs.user(Fixtures.SODERMALM, () -> unitService.update(id, rename));
        assertThat(runAs.user(Fixtures.SODERMALM, () -> unitService.get(id)).name()).isEqualTo(name + " igen");
    }

    @Test
    void aSecondUnitWithTheSameNameInTheDistrictIsRefusedBesideTheNameField() throws Exception {
        String name = "IT Dubblett " + System.nanoTime();
        runAs.user(Fixtures.SODERMALM, () -> unitService.create(form(name, "BOU")));

        assertThatThrownBy(() -> runAs.user(Fixtures.SODERMALM, () -> unitService.create(form(name.toUpperCase(), "EKB"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("name"));
        // another district may use the same name
        assertThat(runAs.user(Fixtures.RINKEBY, () -> unitService.create(form(name, "BOU")))).isPositive();
    }

    @Test
    void aDistrictListsOnlyItsOwnUnitsWhateverTheDistrictFilterSaysAndTheCentralContactFiltersByDistrict()
            throws Exception {
        long rinkeby = fixtures.districtId("RK");
        PageRequest rinkebyOnly = new PageRequest(0, 500, "district", true, Map.of("district", Long.toString(rinkeby)));

        var own = runAs.user(Fixtures.SODERMALM, () -> unitService.find(rinkebyOnly));
        assertThat(own.rows()).isNotEmpty().allMatch(u -> u.districtName().equals("Södermalm"));

        var city = runAs.user(Fixtures.CENTRAL, () -> unitService.find(rinkebyOnly));
        assertThat(city.rows()).isNotEmpty().allMatch(u -> u.districtId() == rinkeby);
        assertThat(city.rows()).extracting(UnitRow::name).contains(DistrictFixtures.RINKEBY_UNIT);
        var all = runAs.user(Fixtures.CENTRAL, () -> unitService.find(PageRequest.of(0, 500)));
        assertThat(all.total()).isGreaterThan(city.total());
    }

    @Test
    void unitsAndDistrictsAreListedInSwedishOrder() throws Exception {
        String tag = " sortering " + System.nanoTime();
        List<String> names = List.of("Östra", "Åsa", "Ärla", "de Geer", "Enskede", "Alby");
        List<Long> ids = new ArrayList<>();
        for (String name : names) {
            ids.add(runAs.user(Fixtures.SODERMALM, () -> unitService.create(form(name + tag, "BOU"))));
        }

        var sorted = runAs.user(Fixtures.SODERMALM, () -> unitService.find(
                new PageRequest(0, 50, "name", true, Map.of("text", tag.strip()))));
        // H2 by character code gave Alby, Enskede, de Geer, Ärla, Åsa; MySQL's Unicode collation Alby, Ärla, Åsa, …
        assertThat(sorted.rows()).extracting(UnitRow::name).containsExactly(
                "Alby" + tag, "de Geer" + tag, "Enskede" + tag, "Åsa" + tag, "Ärla" + tag, "Östra" + tag);
        assertThat(runAs.user(Fixtures.SODERMALM, () -> unitService.choices(null))).extracting(UnitChoice::name)
                .containsSubsequence("Alby" + tag, "de Geer" + tag, "Enskede" + tag, "Åsa" + tag, "Ärla" + tag,
                        "Östra" + tag);
        // the unicode collation put Östermalm among the o's and Enskede-Årsta-Vantör's Å with the a's
        assertThat(referenceData.districts()).extracting(District::getName).containsSubsequence(
                "Bromma", "Enskede-Årsta-Vantör", "Farsta", "Norrmalm", "Rinkeby-Kista", "Södermalm", "Östermalm");

        for (long id : ids) {
            runAs.user(Fixtures.SODERMALM, () -> unitService.deactivate(id));
        }
    }

    private UnitForm form(String name, String area) {
        UnitForm form = new UnitForm();
        form.setName(name);
        form.setAreaId(districtFixtures.areaId(area));
        return form;
    }
}
