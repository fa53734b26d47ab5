package se.stockholm.vfu.allocation;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.SessionFactory;
import org.hibernate.stat.EntityStatistics;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.allocation.engine.UnplacedReason;
import se.stockholm.vfu.audit.AuditEntry;
import se.stockholm.vfu.audit.AuditService;
import se.stockholm.vfu.audit.FieldChange;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.it.AllocationFixtures;
import se.stockholm.vfu.it.AllocationFixtures.Scenario;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.place.PlaceForm;
import se.stockholm.vfu.place.PlaceOffer;
import se.stockholm.vfu.place.PlaceService;
import se.stockholm.vfu.placement.PlacementLifecycleService;
import se.stockholm.vfu.placement.PlacementRow;
import se.stockholm.vfu.placement.PlacementService;
import se.stockholm.vfu.placement.PlacementStatus;
import se.stockholm.vfu.reference.ReferenceLists;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The central contact's allocation through the real services as real users, on a term of each test's own (see
 * {@link AllocationFixtures}: 5 students, 3 places, Södermalm short by one).
 */
@ExtendWith(ArquillianExtension.class)
class AllocationServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    AllocationService allocationService;

    @Inject
    AllocationRunService storedRuns;

    @Inject
    ProposalService proposalService;

    @Inject
    PlacementService placementService;

    @Inject
    PlacementLifecycleService lifecycle;

    @Inject
    AllocationFixtures fixtures;

    @Inject
    PlaceService placeService;

    @Inject
    AuditService auditService;

    @Inject
    ReferenceLists referenceLists;

    @Inject
    RunAs runAs;

    @PersistenceUnit(unitName = "vfu")
    EntityManagerFactory factory;

    @Test
    void theSummaryShowsTheCeilingAndNamesTheShortage() throws Exception {
        Scenario term = fixtures.newTerm();

        AllocationSummary summary = runAs.user(Fixtures.CENTRAL, () -> allocationService.summary(term.termId()));

        assertThat(summary.requests()).isEqualTo(5);
        assertThat(summary.placesReported()).isEqualTo(3);
        assertThat(summary.ceiling()).isEqualTo(3);
        assertThat(summary.target()).isEqualTo(100);
        assertThat(summary.shortage()).isNotEmpty();
        ShortageLine worst = summary.shortage().get(0);
        assertThat(worst.shortfall()).isPositive();
        assertThat(worst.requestedDistricts()).contains("Södermalm");
    }

    /** A shortage names a district asked for by its name also where the district reported no places (it said "BR"). */
    @Test
    void aShortageNamesEveryDistrictAskedForEvenOneWithoutPlaces() throws Exception {
        Scenario term = fixtures.newTerm();
        fixtures.addRequest(term, "f", "BR");

        AllocationSummary summary = runAs.user(Fixtures.CENTRAL, () -> allocationService.summary(term.termId()));

        assertThat(summary.shortage()).flatExtracting(ShortageLine::requestedDistricts).contains("Bromma")
                .doesNotContain("BR");
        assertThat(summary.shortage()).filteredOn(line -> line.requestedDistricts().equals(List.of("Bromma")))
                .singleElement().satisfies(line -> assertThat(line.capacityByDistrict()).isEmpty());
    }

    /**
     * A shortage lists its districts and areas alphabetically in the page's language: they came in the order of their
     * codes ("Norrmalm, Östermalm, Skärholmen"; "Äldreomsorg" first, and "Elderly care" first in English).
     */
    @Test
    void aShortageListsItsDistrictsAndAreasAlphabeticallyInThePagesLanguage() throws Exception {
        Scenario term = fixtures.newTerm();
        // three students no place suits (the term's places are in Barn och unga): one group of shortage
        fixtures.addRequest(term, "f", "OS", "ALD");
        fixtures.addRequest(term, "g", "NO", "EKB");
        fixtures.addRequest(term, "h", "SKH", "VUX");

        AllocationSummary summary = runAs.user(Fixtures.CENTRAL, () -> allocationService.summary(term.termId()));

        ShortageLine unsuited = summary.shortage().stream()
                .filter(line -> line.requestedDistricts().contains("Östermalm")).findFirst().orElseThrow();
        assertThat(unsuited.districtList()).isEqualTo("Norrmalm, Skärholmen, Östermalm");
        assertThat(unsuited.areaList(referenceLists, "sv"))
                .isEqualTo("Ekonomiskt bistånd, Vuxna och missbruk, Äldreomsorg (biståndshandläggning)");
        assertThat(unsuited.areaList(referenceLists, "en"))
                .isEqualTo("Adults and substance abuse, Elderly care (needs assessment), Income support");
    }

    @Test
    void theSummaryIsKeptOnlyUntilTheTermsDataChanges() throws Exception {
        Scenario term = fixtures.newTerm();
        AllocationSummary first = runAs.user(Fixtures.CENTRAL, () -> allocationService.summary(term.termId()));
        assertThat(runAs.user(Fixtures.CENTRAL, () -> allocationService.summary(term.termId())))
                .as("nothing changed: the same summary").isEqualTo(first);

        long runId = runAs.user(Fixtures.CENTRAL, () -> allocationService.run(term.termId(), 42L));
        AllocationSummary afterRun = runAs.user(Fixtures.CENTRAL, () -> allocationService.summary(term.termId()));
        assertThat(afterRun.latestRunId()).as("a run is seen at once").isEqualTo(runId);
        assertThat(afterRun.placementsByStatus()).containsEntry("PROPOSED", 3L);

        PlaceForm more = PlaceForm.of(runAs.user(Fixtures.CENTRAL, () -> placeService.get(term.termId(), term.sodermalmOffer())));
        more.setPlaces(more.getPlaces() + 2);
        runAs.user(Fixtures.CENTRAL, () -> placeService.update(term.termId(), term.sodermalmOffer(), more));
        AllocationSummary afterPlaces = runAs.user(Fixtures.CENTRAL, () -> allocationService.summary(term.termId()));
        assertThat(afterPlaces.placesReported()).as("two more places are seen at once")
                .isEqualTo(afterRun.placesReported() + 2);
    }

    /**
     * A term can hold thousands of offers, and the dashboard and the allocation page work the summary out again after
     * every change: loaded as entities (with their district, unit, area and supervisor) the offers were most of its
     * time, and each later query and the commit dirty-checked them all. The summary reads them as rows.
     */
    @Test
    void theSummaryReadsTheOffersAsRowsNotAsEntities() throws Exception {
        Scenario term = fixtures.newTerm();

        OfferReads reads = offerReads(() -> {
            AllocationSummary summary = runAs.user(Fixtures.CENTRAL, () -> allocationService.summary(term.termId()));
            assertThat(summary.placesReported()).isEqualTo(3);
            assertThat(summary.ceiling()).isEqualTo(3);
        });

        assertThat(reads.loaded()).as("place offers loaded as entities for the summary").isZero();
        assertThat(reads.fetchedOneByOne()).as("place offers fetched one by one for the summary").isZero();
    }

    /** A run takes a seat of each offer it proposes: those offers are read together, not one query per proposal. */
    @Test
    void aRunReadsTheOffersItProposesTogether() throws Exception {
        Scenario term = fixtures.newTerm();

        OfferReads reads = offerReads(() -> runAs.user(Fixtures.CENTRAL, () -> allocationService.run(term.termId(), 42L)));

        assertThat(proposals(term)).hasSize(3);
        assertThat(reads.loaded()).as("the two offers of the three proposals, read as entities").isEqualTo(2);
        assertThat(reads.fetchedOneByOne()).as("place offers fetched one by one for the proposals").isZero();
    }

    /** How many place offers Hibernate loaded as entities, and how many of those one by one, while {@code work} ran. */
    private OfferReads offerReads(ThrowingRunnable work) throws Exception {
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            EntityStatistics offers = statistics.getEntityStatistics(PlaceOffer.class.getName());
            long loaded = offers.getLoadCount();
            long fetched = offers.getFetchCount();
            work.run();
            return new OfferReads(offers.getLoadCount() - loaded, offers.getFetchCount() - fetched);
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    private record OfferReads(long loaded, long fetchedOneByOne) {
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void aRunPlacesAsManyAsPossibleOnFirstChoicesExplainsTheRestAndReplaysToTheSameResult() throws Exception {
        Scenario term = fixtures.newTerm();

        long runId = runAs.user(Fixtures.CENTRAL, () -> allocationService.run(term.termId(), 42L));
        RunDetails run = runAs.user(Fixtures.CENTRAL, () -> storedRuns.details(term.termId(), runId));

        assertThat(run.run().placedCount()).isEqualTo(3);
        assertThat(run.run().ceiling()).isEqualTo(3);
        assertThat(run.run().seed()).isEqualTo(42L);
        assertThat(run.run().profile()).startsWith("3,");
        assertThat(run.unplaced()).hasSize(2);
        UnplacedLine d = run.unplaced().stream().filter(u -> u.requestId() == term.student("d")).findFirst()
                .orElseThrow();
        assertThat(d.reason()).isEqualTo(UnplacedReason.ALL_ACCEPTABLE_PLACES_FULL);
        assertThat(run.diff()).as("first run of the term").isEmpty();

        List<PlacementRow> proposals = proposals(term);
        assertThat(proposals).hasSize(3).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(PlacementStatus.PROPOSED);
            assertThat(p.achievedRank()).isEqualTo(1);
        });
        assertThat(proposals).filteredOn(p -> p.requestId() == term.student("e"))
                .singleElement().extracting(PlacementRow::offerId).isEqualTo(term.rinkebyOffer());
        assertThat(fixtures.seats(term.sodermalmOffer())).containsExactly(2, 2);

        ReplayOutcome replay = runAs.user(Fixtures.CENTRAL, () -> storedRuns.replay(term.termId(), runId));
        assertThat(replay.sameResult()).isTrue();
        assertThat(replay.placed()).isEqualTo(3);

        long again = runAs.user(Fixtures.CENTRAL, () -> allocationService.run(term.termId(), 42L));
        RunDetails second = runAs.user(Fixtures.CENTRAL, () -> storedRuns.details(term.termId(), again));
        assertThat(second.previousRunId()).isEqualTo(runId);
        assertThat(second.diff()).as("same input and seed").isEmpty();
        assertThat(proposals(term)).hasSize(3);
        assertThat(fixtures.seats(term.sodermalmOffer())).as("replaced proposals gave their seats back")
                .containsExactly(2, 2);
    }

    @Test
    void aRunChangesInTheHistoryOnlyTheOffersWhoseSeatsItChanged() throws Exception {
        Scenario term = fixtures.newTerm();
        runAs.user(Fixtures.CENTRAL, () -> allocationService.run(term.termId(), 42L));
        List<AuditEntry> afterFirst = offerHistory(term.sodermalmOffer());
        assertThat(afterFirst.get(0).action()).isEqualTo(AuditService.CHANGED);
        assertThat(afterFirst.get(0).changes()).containsExactly(new FieldChange("taken", "0", "2"));

        // the same seed places the same students on the same offers: their seats are freed and taken again
        runAs.user(Fixtures.CENTRAL, () -> allocationService.run(term.termId(), 42L));

        assertThat(fixtures.seats(term.sodermalmOffer())).containsExactly(2, 2);
        for (long offer : List.of(term.sodermalmOffer(), term.rinkebyOffer())) {
            List<AuditEntry> history = offerHistory(offer);
            assertThat(history).as("offer %d", offer).allSatisfy(row -> assertThat(row.changes()).isNotEmpty());
            assertThat(history).as("offer %d: created, then its seats taken by the first run", offer).hasSize(2);
        }
    }

    private List<AuditEntry> offerHistory(long offerId) throws Exception {
        return runAs.user(Fixtures.CENTRAL, () -> auditService.find(new PageRequest(0, 50, null, true,
                Map.of("type", "place_offer", "recordId", Long.toString(offerId))))).rows();
    }

    @Test
    void onlyTheCentralContactRunsAllocationsAndProposalsStayHiddenUntilPublished() throws Exception {
        Scenario term = fixtures.newTerm();
        for (String user : List.of(Fixtures.SODERMALM, Fixtures.SU)) {
            assertThatThrownBy(() -> runAs.user(user, () -> allocationService.run(term.termId(), 1L)))
                    .as(user).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> runAs.user(user, () -> allocationService.summary(term.termId())))
                    .as(user).isInstanceOf(EJBAccessException.class);
        }
        runAs.user(Fixtures.CENTRAL, () -> allocationService.run(term.termId(), 7L));

        assertThat(visibleTo(Fixtures.SODERMALM, term)).isEmpty();
        assertThat(visibleTo(Fixtures.SU, term)).isEmpty();

        int offers = runAs.user(Fixtures.CENTRAL, () -> allocationService.publish(term.termId()));

        assertThat(offers).isEqualTo(3);
        List<PlacementRow> sodermalm = visibleTo(Fixtures.SODERMALM, term);
        assertThat(sodermalm).hasSize(2).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(PlacementStatus.OFFERED);
            assertThat(p.districtName()).isEqualTo("Södermalm");
            assertThat(p.extraSupport()).as("hidden from districts").isNull();
        });
        assertThat(visibleTo(Fixtures.RINKEBY, term)).singleElement()
                .extracting(PlacementRow::requestId).isEqualTo(term.student("e"));
        assertThat(visibleTo(Fixtures.SU, term)).hasSize(2).allSatisfy(p -> assertThat(p.universityCode()).isEqualTo("SU"));
        assertThat(visibleTo(Fixtures.SH, term)).singleElement()
                .extracting(PlacementRow::requestId).isEqualTo(term.student("e"));
        List<RunRow> runs = runAs.user(Fixtures.CENTRAL, () -> storedRuns.runs(term.termId()));
        assertThat(runs.get(0).publishedBy()).isEqualTo(Fixtures.CENTRAL);
        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL, () -> allocationService.publish(term.termId())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nothingToPublish");
    }

    @Test
    void movesKeepTheHardRulesWarnOnSoftOnesAndLockedProposalsSurviveTheNextRun() throws Exception {
        Scenario term = fixtures.newTerm();
        runAs.user(Fixtures.CENTRAL, () -> allocationService.run(term.termId(), 3L));
        PlacementRow e = proposal(term, "e");

        // Rinkeby is full (e holds its only seat) and Södermalm too: no target for anyone
        assertThat(runAs.user(Fixtures.CENTRAL, () -> proposalService.moveTargets(e.id()))).isEmpty();
        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL,
                () -> proposalService.move(e.id(), e.version(), term.sodermalmOffer())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("placeFull");

        // free a Södermalm seat: cancel one of its proposals, then move e there (outside e's wishes: a warning)
        PlacementRow atSodermalm = proposals(term).stream().filter(p -> p.offerId() == term.sodermalmOffer())
                .findFirst().orElseThrow();
        runAs.user(Fixtures.CENTRAL,
                () -> lifecycle.cancel(term.termId(), atSodermalm.id(), atSodermalm.version(),
                        "Studenten har avbrutit studierna"));
        List<MoveTarget> targets = runAs.user(Fixtures.CENTRAL, () -> proposalService.moveTargets(e.id()));
        assertThat(targets).singleElement().extracting(MoveTarget::offerId).isEqualTo(term.sodermalmOffer());
        List<String> warnings = runAs.user(Fixtures.CENTRAL,
                () -> proposalService.move(e.id(), e.version(), term.sodermalmOffer()));
        assertThat(warnings).containsExactly("allocation.warning.outsidePreferences");
        assertThat(fixtures.seats(term.rinkebyOffer())).containsExactly(0, 1);

        PlacementRow moved = proposal(term, "e");
        assertThat(moved.offerId()).isEqualTo(term.sodermalmOffer());
        assertThat(moved.movedByHand()).isTrue();
        assertThat(moved.achievedRank()).isZero();
        runAs.user(Fixtures.CENTRAL, () -> proposalService.lock(moved.id(), moved.version(), true));

        long rerun = runAs.user(Fixtures.CENTRAL, () -> allocationService.run(term.termId(), 99L));

        PlacementRow kept = proposal(term, "e");
        assertThat(kept.id()).isEqualTo(moved.id());
        assertThat(kept.locked()).isTrue();
        assertThat(kept.offerId()).isEqualTo(term.sodermalmOffer());
        RunDetails details = runAs.user(Fixtures.CENTRAL, () -> storedRuns.details(term.termId(), rerun));
        assertThat(details.diff()).isNotEmpty();
        assertThat(fixtures.seats(term.sodermalmOffer())[0]).isLessThanOrEqualTo(2);
        assertThat(fixtures.seats(term.rinkebyOffer())[0]).isLessThanOrEqualTo(1);
    }

    @Test
    void theDifferencesFromTheRunBeforeAreInSwedishAlphabeticalOrder() throws Exception {
        Scenario term = fixtures.newTerm();
        fixtures.setPlaces(term.sodermalmOffer(), 1);
        fixtures.setRoom(term.sodermalmSupervisor(), 3);
        // the three who wish for Södermalm, in Swedish order (å before ä, small and capital letters alike); by
        // character code the order is the very reverse (Ä U+00C4 before å U+00E5, R before r), so any two show it
        String suffix = " " + term.termCode();
        List<String> swedish = List.of("åsa" + suffix, "Ärla" + suffix, "ÄRLIG" + suffix);
        fixtures.rename(term.student("a"), swedish.get(2));
        fixtures.rename(term.student("b"), swedish.get(0));
        fixtures.rename(term.student("c"), swedish.get(1));
        runAs.user(Fixtures.CENTRAL, () -> allocationService.run(term.termId(), 42L));
        assertThat(proposals(term)).filteredOn(p -> p.offerId() == term.sodermalmOffer()).hasSize(1);

        // Södermalm reports two places more: the run after places all three, so two or three of them differ
        fixtures.setPlaces(term.sodermalmOffer(), 3);
        long again = runAs.user(Fixtures.CENTRAL, () -> allocationService.run(term.termId(), 42L));
        List<String> shown = runAs.user(Fixtures.CENTRAL, () -> storedRuns.details(term.termId(), again)).diff()
                .stream().map(DiffLine::studentName).filter(name -> name.endsWith(suffix)).toList();

        assertThat(shown).as("those who were given a Södermalm place by the second run").hasSizeGreaterThanOrEqualTo(2);
        assertThat(shown).as("as the page lists them").containsExactlyElementsOf(
                swedish.stream().filter(shown::contains).toList());
    }

    @Test
    void aStudentIsNeverMovedIntoAnExcludedDistrict() throws Exception {
        Scenario term = fixtures.newTerm();
        runAs.user(Fixtures.CENTRAL, () -> allocationService.run(term.termId(), 5L));
        // e leaves Rinkeby free; d (who excluded Rinkeby) is unplaced: put d on a Södermalm seat by moving a proposal
        PlacementRow e = proposal(term, "e");
        runAs.user(Fixtures.CENTRAL, () -> lifecycle.cancel(term.termId(), e.id(), e.version(), "Test"));
        PlacementRow atSodermalm = proposals(term).stream().filter(p -> p.offerId() == term.sodermalmOffer())
                .findFirst().orElseThrow();
        List<MoveTarget> targets = runAs.user(Fixtures.CENTRAL, () -> proposalService.moveTargets(atSodermalm.id()));
        assertThat(targets).extracting(MoveTarget::offerId).containsExactly(term.rinkebyOffer());

        long run = runAs.user(Fixtures.CENTRAL, () -> allocationService.run(term.termId(), 5L));
        RunDetails details = runAs.user(Fixtures.CENTRAL, () -> storedRuns.details(term.termId(), run));
        assertThat(proposals(term)).noneMatch(p -> p.requestId() == term.student("d")
                && p.offerId() == term.rinkebyOffer());
        assertThat(details.unplaced()).extracting(UnplacedLine::requestId).contains(term.student("d"));
    }

    private List<PlacementRow> proposals(Scenario term) throws Exception {
        return runAs.user(Fixtures.CENTRAL, () -> placementService.find(term.termId(),
                new PageRequest(0, 50, null, true, Map.of("status", "PROPOSED")))).rows();
    }

    private PlacementRow proposal(Scenario term, String letter) throws Exception {
        return proposals(term).stream().filter(p -> p.requestId() == term.student(letter)).findFirst().orElseThrow();
    }

    private List<PlacementRow> visibleTo(String user, Scenario term) throws Exception {
        return runAs.user(user, () -> placementService.find(term.termId(), PageRequest.of(0, 50))).rows();
    }
}
