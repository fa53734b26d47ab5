package se.stockholm.vfu.audit;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.allocation.AllocationService;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.it.AllocationFixtures;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.DistrictFixtures;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.unit.UnitForm;
import se.stockholm.vfu.unit.UnitRow;
import se.stockholm.vfu.unit.UnitService;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The change history through the real service: who changed what when, the filters, and who may read it. */
@ExtendWith(ArquillianExtension.class)
class AuditServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    AuditService auditService;

    @Inject
    UnitService unitService;

    @Inject
    DistrictFixtures districtFixtures;

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs runAs;

    @Inject
    AllocationService allocationService;

    @Inject
    AllocationFixtures allocationFixtures;

    @Inject
    ReferencedRecordsFixtures referencedRecords;

    @PersistenceContext
    EntityManager em;

    @Test
    void aDistrictContactsChangeIsInTheHistoryWithTheirNameTimeAndWhatChanged() throws Exception {
        // MariaDB keeps the revision's time to the second: a change made within the same second as "before" is stored
        // at that second's start (seen once the test users' sign-in became fast enough to do it all in one second)
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String name = "IT Audit enhet " + System.nanoTime();
        long id = createAndRename(name);
        Instant after = Instant.now();

        List<AuditEntry> history = runAs.user(Fixtures.CENTRAL,
                () -> auditService.find(filters(Map.of("type", "unit", "recordId", Long.toString(id))))).rows();

        assertThat(history).hasSize(2);
        AuditEntry renamed = history.get(0);
        assertThat(renamed.username()).isEqualTo(Fixtures.SODERMALM);
        assertThat(renamed.action()).isEqualTo(AuditService.CHANGED);
        assertThat(renamed.at()).isBetween(before, after);
        assertThat(renamed.changes()).containsExactly(new FieldChange("name", name, name + " ny"));
        AuditEntry created = history.get(1);
        assertThat(created.username()).isEqualTo(Fixtures.SODERMALM);
        assertThat(created.action()).isEqualTo(AuditService.ADDED);
        assertThat(created.revision()).isLessThan(renamed.revision());
        assertThat(created.changes()).contains(new FieldChange("name", null, name),
                new FieldChange("district_id", null, Long.toString(fixtures.districtId("SO"))));
        // the administrator reads the same history
        assertThat(runAs.user(Fixtures.ADMIN, () -> auditService.find(
                filters(Map.of("type", "unit", "recordId", Long.toString(id))))).rows()).isEqualTo(history);
    }

    @Test
    void filtersByPersonRecordTypeRecordAndDate() throws Exception {
        long id = createAndRename("IT Audit filter " + System.nanoTime());
        String today = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(1).toString();

        Page<AuditEntry> byPerson = runAs.user(Fixtures.CENTRAL,
                () -> auditService.find(filters(Map.of("username", Fixtures.SODERMALM.toUpperCase()))));
        assertThat(byPerson.rows()).isNotEmpty().extracting(AuditEntry::username).containsOnly(Fixtures.SODERMALM);
        assertThat(byPerson.rows()).extracting(AuditEntry::recordId).contains(id);

        Page<AuditEntry> byType = runAs.user(Fixtures.CENTRAL,
                () -> auditService.find(filters(Map.of("type", "unit", "username", Fixtures.SODERMALM))));
        assertThat(byType.rows()).extracting(AuditEntry::type).containsOnly("unit");

        Page<AuditEntry> byRecord = runAs.user(Fixtures.CENTRAL,
                () -> auditService.find(filters(Map.of("type", "unit", "recordId", Long.toString(id), "from", today, "to", today))));
        assertThat(byRecord.total()).isEqualTo(2);
        Page<AuditEntry> fromTomorrow = runAs.user(Fixtures.CENTRAL,
                () -> auditService.find(filters(Map.of("type", "unit", "recordId", Long.toString(id), "from", tomorrow))));
        assertThat(fromTomorrow.total()).isZero();
        Page<AuditEntry> otherPerson = runAs.user(Fixtures.CENTRAL,
                () -> auditService.find(filters(Map.of("recordId", Long.toString(id), "type", "unit", "username", Fixtures.RINKEBY))));
        assertThat(otherPerson.total()).isZero();

        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL, () -> auditService.find(filters(Map.of("type", "nosuch")))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("audit.error.type");
        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL,
                () -> auditService.find(filters(Map.of("from", tomorrow, "to", today)))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("audit.error.range");
    }

    @Test
    void districtAndUniversityUsersAreRefusedTheHistory() {
        for (String user : List.of(Fixtures.SODERMALM, Fixtures.RINKEBY, Fixtures.SU, Fixtures.SH)) {
            assertThatThrownBy(() -> runAs.user(user, () -> auditService.find(PageRequest.of(0, 20))))
                    .as(user).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> runAs.user(user, () -> auditService.types()))
                    .as(user).isInstanceOf(EJBAccessException.class);
        }
    }

    /**
     * The page showed a placement's place offer and allocation run, a booking's visit and a candidacy's trainee post
     * as bare ids ("Platserbjudande:  → 812"): they have no name, so they read as what a user knows them by (term,
     * unit and district, dates), in the page's language. The API keeps the ids.
     */
    @Test
    void recordsWithoutANameAreShownByWhatIdentifiesThem() throws Exception {
        AllocationFixtures.Scenario term = allocationFixtures.newTerm();
        long run = runAs.user(Fixtures.CENTRAL, () -> allocationService.run(term.termId(), 42L));
        long placement = em.createQuery("SELECT p.id FROM Placement p WHERE p.offer.id = :offer", Long.class)
                .setParameter("offer", term.sodermalmOffer()).getResultList().get(0);
        ReferencedRecordsFixtures.Made made = referencedRecords.around(term.sodermalmOffer());
        String unit = made.unitName() + " (Södermalm)";

        for (Locale locale : List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH)) {
            boolean swedish = locale.getLanguage().equals("sv");
            List<ShownEntry.Change> placed = shownChanges("placement", placement, locale);
            assertThat(placed).as("%s", locale)
                    .contains(new ShownEntry.Change(swedish ? "Platserbjudande" : "Place offer", "",
                            unit + ", " + term.termCode()))
                    .anySatisfy(change -> {
                        assertThat(change.field()).isEqualTo(swedish ? "Fördelningskörning" : "Allocation run");
                        assertThat(change.after()).matches(term.termCode() + (swedish ? ", körd " : ", run on ")
                                + "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
                    });
            assertThat(shownChanges("observation_booking", made.bookingId(), locale)).as("%s", locale)
                    .contains(new ShownEntry.Change(swedish ? "Auskultation" : "Observation visit", "",
                            unit + (swedish ? " den " : " on ") + made.visitDate()));
            assertThat(shownChanges("candidate", made.candidateId(), locale)).as("%s", locale)
                    .contains(new ShownEntry.Change(swedish ? "Traineetjänst" : "Trainee post", "",
                            unit + ", " + made.postStart() + " – " + made.postEnd()));
        }
        assertThat(runAs.user(Fixtures.CENTRAL, () -> auditService.find(filters(Map.of("type", "placement",
                "recordId", Long.toString(placement))))).rows().get(0).changes())
                .as("the API's stored ids").contains(new FieldChange("run_id", null, Long.toString(run)),
                        new FieldChange("place_offer_id", null, Long.toString(term.sodermalmOffer())));
    }

    /** The changes of the record's creation (its oldest revision) as the page shows them in this language. */
    private List<ShownEntry.Change> shownChanges(String type, long id, Locale locale) throws Exception {
        List<ShownEntry> rows = runAs.user(Fixtures.CENTRAL, () -> auditService.findShown(
                filters(Map.of("type", type, "recordId", Long.toString(id))), locale)).rows();
        return rows.get(rows.size() - 1).changes();
    }

    private long createAndRename(String name) throws Exception {
        UnitForm form = new UnitForm();
        form.setName(name);
        form.setAreaId(districtFixtures.areaId("BOU"));
        // each call commits as the user, as a page or API request does
        long id = runAs.userCommitting(Fixtures.SODERMALM, () -> unitService.create(form));
        UnitRow created = runAs.user(Fixtures.SODERMALM, () -> unitService.get(id));
        UnitForm rename = UnitForm.of(created);
        rename.setName(name + " ny");
        runAs.userCommitting(Fixtures.SODERMALM, () -> unitService.update(id, rename));
        return id;
    }

    private static PageRequest filters(Map<String, String> filters) {
        return new PageRequest(0, 50, null, true, filters);
    }
}
